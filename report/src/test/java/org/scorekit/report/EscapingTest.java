package org.scorekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EscapingTest {
    @Test
    void htmlEscapesTextAndAttributeCharacters() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;",
                HtmlRenderer.escape("<script>alert(\"x\")</script> & 'q'"));
        assertEquals("plain 0.12 ± 0.004", HtmlRenderer.escape("plain 0.12 ± 0.004"));
    }

    @Test
    void markdownEscapesSyntaxAndRawHtml() {
        assertEquals("&lt;img src=x&gt; a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\\\ \\#",
                MarkdownRenderer.escape("<img src=x> a|b *c* _d_ [e](f) `g` \\ #"));
        assertEquals("two lines", MarkdownRenderer.escape("two\nlines"));
    }
}
