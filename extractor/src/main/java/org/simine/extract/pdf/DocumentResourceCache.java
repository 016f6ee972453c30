package org.simine.extract.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Keeps a document's parsed resources (fonts above all) from page to page. PDFTextStripper drops a page's
 * resources from the cache when the page is done, so a font that every page uses was parsed again for every
 * page (a tenth of the reading time). This cache passes everything to PDFBox's own, whose soft references still
 * let the collector reclaim fonts under memory pressure, and ignores the removals (ResourceCache's defaults).
 */
final class DocumentResourceCache implements ResourceCache {
    private final ResourceCache cache;

    DocumentResourceCache(ResourceCache cache) {
        this.cache = cache;
    }

    @Override
    public PDFont getFont(COSObject indirect) {
        return cache.getFont(indirect);
    }

    @Override
    public PDColorSpace getColorSpace(COSObject indirect) {
        return cache.getColorSpace(indirect);
    }

    @Override
    public PDExtendedGraphicsState getExtGState(COSObject indirect) {
        return cache.getExtGState(indirect);
    }

    @Override
    public PDShading getShading(COSObject indirect) {
        return cache.getShading(indirect);
    }

    @Override
    public PDAbstractPattern getPattern(COSObject indirect) {
        return cache.getPattern(indirect);
    }

    @Override
    public PDPropertyList getProperties(COSObject indirect) {
        return cache.getProperties(indirect);
    }

    @Override
    public PDXObject getXObject(COSObject indirect) {
        return cache.getXObject(indirect);
    }

    @Override
    public void put(COSObject indirect, PDFont font) {
        cache.put(indirect, font);
    }

    @Override
    public void put(COSObject indirect, PDColorSpace colorSpace) {
        cache.put(indirect, colorSpace);
    }

    @Override
    public void put(COSObject indirect, PDExtendedGraphicsState extGState) {
        cache.put(indirect, extGState);
    }

    @Override
    public void put(COSObject indirect, PDShading shading) {
        cache.put(indirect, shading);
    }

    @Override
    public void put(COSObject indirect, PDAbstractPattern pattern) {
        cache.put(indirect, pattern);
    }

    @Override
    public void put(COSObject indirect, PDPropertyList propertyList) {
        cache.put(indirect, propertyList);
    }

    @Override
    public void put(COSObject indirect, PDXObject xobject) {
        cache.put(indirect, xobject);
    }
}
