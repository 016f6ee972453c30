package org.simine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Set;

/** The kinetics properties SiMine extracts, each with the canonical units its values may carry. */
public enum Property {
    CHARGE_TRANSFER_RESISTANCE("charge_transfer_resistance", EnumSet.of(Unit.OHM, Unit.OHM_CM2)),
    LI_DIFFUSION_COEFFICIENT("li_diffusion_coefficient", EnumSet.of(Unit.CM2_PER_S)),
    CAPACITY_RETENTION("capacity_retention", EnumSet.of(Unit.PERCENT)),
    INITIAL_COULOMBIC_EFFICIENCY("initial_coulombic_efficiency", EnumSet.of(Unit.PERCENT)),
    SPECIFIC_CAPACITY("specific_capacity", EnumSet.of(Unit.MAH_PER_G)),
    DOPANT_CONCENTRATION("dopant_concentration",
            EnumSet.of(Unit.AT_PERCENT, Unit.WT_PERCENT, Unit.PERCENT, Unit.PPM)),
    IONIC_CONDUCTIVITY("ionic_conductivity", EnumSet.of(Unit.S_PER_CM)),
    ELECTRONIC_CONDUCTIVITY("electronic_conductivity", EnumSet.of(Unit.S_PER_CM)),
    LI_MIGRATION_BARRIER("li_migration_barrier", EnumSet.of(Unit.EV)),
    /** Retention (%) or remaining capacity (mAh/g) after a number of cycles at a rate. */
    CYCLING_STABILITY("cycling_stability", EnumSet.of(Unit.PERCENT, Unit.MAH_PER_G));

    private final String id;
    private final Set<Unit> units;

    Property(String id, Set<Unit> units) {
        this.id = id;
        this.units = units;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public Set<Unit> units() {
        return EnumSet.copyOf(units);
    }

    public boolean accepts(Unit unit) {
        return units.contains(unit);
    }

    @JsonCreator
    public static Property fromId(String id) {
        for (Property p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown property '" + id + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
