package org.simine.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "simine", mixinStandardHelpOptions = true, version = "SiMine 0.1.0",
        description = "Mine kinetics metrics (R_ct, D_Li+, capacity retention at rate, ICE, …) from "
                + "silicon-anode papers, with provenance.",
        subcommands = {ExtractCommand.class, TextCommand.class, TablesCommand.class, EvalCommand.class,
                IngestCommand.class, SearchCommand.class, ExportCommand.class, StatsCommand.class, ServeCommand.class,
                DemoCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a check failed (evaluation below its regression expectations)",
                "2:usage or input error (the message names the file and the problem)", "3:internal error"})
public final class SiMineCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SiMineCommand());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof InputError) {
                err.println("simine: " + e.getMessage());
                return ExitCode.INPUT_ERROR;
            }
            err.println("simine: internal error: " + e);
            return ExitCode.INTERNAL_ERROR;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
