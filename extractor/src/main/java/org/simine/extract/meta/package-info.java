/** What a paper says about itself around its text: byline (authors, year) and numbered reference list. */
package org.simine.extract.meta;
