using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// Finds the article body in a whole page: the run of lines whose prose outweighs the menus, link lists
/// and buttons inside it. Each free line gets a score (long sentence-like lines positive, short or
/// link-like lines negative) and the body is the maximum-sum run, found in one linear pass.
/// </summary>
internal static class BodyLocator
{
    // A related list usually ends the article, but some pages set one inside it ("Recommended" between
    // paragraphs): a heavy cost rather than a wall lets a long article continue past a short list.
    private const int RelatedHeadingCost = -100;
    private const int TeaserCost = -6;

    // One long line is not an article: a footer disclaimer can outweigh a short story line by line.
    private const int MaxLineScore = 80;
    private const int IsolatedProseDivisor = 3;
    private const int MaxChromeRunCost = 60;
    private const int ListItemScore = -1;
    private const int MaxButtonWords = 2;
    private const int MaxArrowLinkWords = 4;
    private const int MaxCutTitleWords = 15;
    private const int MaxDateLineWords = 10;
    private const int MaxLeadGap = 3;
    private const int MinLeadWords = 20;

    public readonly record struct Region(int Start, int End, int Score)
    {
        public bool IsEmpty => End < Start;
    }

    public static Region Locate(List<DumpLine> lines)
    {
        var scores = new int[lines.Count];
        for (var p = 0; p < lines.Count; p++)
        {
            scores[p] = Score(lines[p]);
        }

        var best = new Region(0, -1, 0);
        var sum = 0;
        var start = 0;
        var chromeRun = 0;
        for (var p = 0; p < lines.Count; p++)
        {
            var score = scores[p];

            // A long run of plain chrome lines inside an article (a video player's controls) costs no more
            // than a short one: what follows decides whether the article goes on. Bulleted runs are menus
            // and link lists, and keep their full cost.
            if (score < 0 && score > RelatedHeadingCost && !lines[p].Bulleted)
            {
                var allowed = Math.Max(0, MaxChromeRunCost + chromeRun);
                chromeRun -= Math.Min(-score, allowed);
                score = -Math.Min(-score, allowed);
            }
            else if (score > 0)
            {
                chromeRun = 0;
            }

            // A long line between two pieces of chrome is a teaser in a river of other stories more often
            // than an article paragraph: articles are runs of paragraphs.
            // A numbered subheading ("2. Check the peep hole") is the article's own structure, not chrome.
            if (score > 0 && p > 0 && p + 1 < lines.Count && IsChrome(scores[p - 1]) && IsChrome(scores[p + 1]))
            {
                score /= IsolatedProseDivisor;
            }

            if (sum <= 0)
            {
                sum = 0;
                start = p;
            }

            sum += score;
            if (sum > best.Score)
            {
                best = new Region(start, p, sum);
            }
        }

        // Lines scoring zero (the gallery, a reading time) may sit at the run's start; the body begins at prose.
        var first = best.Start;
        while (first <= best.End && scores[first] <= 0)
        {
            first++;
        }

        return best with { Start = ReachBackToLead(lines, scores, first) };
    }

    // A lead paragraph set apart from the rest by its photo's buttons ("View this image ›") scores as a teaser between
    // two pieces of chrome, and the run starts after it; a long paragraph just above the run, past a few short
    // chrome lines, is the article's lead. Above a byline or a timestamp it is the standfirst under the headline.
    private static int ReachBackToLead(List<DumpLine> lines, int[] scores, int first)
    {
        for (var p = first - 1; p >= Math.Max(0, first - 1 - MaxLeadGap); p--)
        {
            var line = lines[p];
            if (line.Role != LineRole.Unassigned || line.Bulleted || Bylines.IsByline(line.Span) || IsDateLine(line))
            {
                return first;
            }

            if (scores[p] > 0)
            {
                return line.EndsLikeSentence && line.Words >= MinLeadWords && !IsCutTitle(line) ? p : first;
            }
        }

        return first;
    }

    // "Les 43 fois où Grey’s Anatomy a fait couler toutes…": a teaser's title cut to fit its box, not a sentence.
    private static bool IsCutTitle(DumpLine line) =>
        line.Words < MaxCutTitleWords && (line.Last == '…' || line.Span.EndsWith("...", StringComparison.Ordinal));

    // "posted on April 21, 2015, at 11:29 a.m.": a short line that is all date ends like a sentence but is none.
    private static bool IsDateLine(DumpLine line) =>
        line.Words <= MaxDateLineWords && line.HasAsciiDigit && PageFurniture.HasTimestamp(line.Span);

    /// <summary>True for a line inside the body that is a link or a button rather than a heading of the article's own.</summary>
    public static bool IsChromeInside(DumpLine line) =>
        line.Role == LineRole.Unassigned && Score(line) < 0 && (line.Bulleted || IsButton(line.Span) || MediaChrome.IsImageOnly(line.Span) || IsArrowLink(line))
        && !ListItem(line.Span);

    // "View this image ›", "Read more »": a short link that points on with an arrow.
    private static bool IsArrowLink(DumpLine line) => line.Words <= MaxArrowLinkWords && PageFurniture.EndsWithArrow(line.Span);

    // "Tweet", "Kenya trip", a chart's "$915": a word or two of plain text; "“Thumper” ($20)", quoted, heads a section.
    private static bool IsButton(ReadOnlySpan<char> text) =>
        WordCount.Of(text) <= MaxButtonWords && text.IndexOfAny(SubheadMarks) < 0;

    private static readonly System.Buffers.SearchValues<char> SubheadMarks =
        System.Buffers.SearchValues.Create("“”\"()");

    // "<div style="position:absolute;"><img width=1 …": markup a page hides from browsers (noscript), dumped as text.
    private static bool IsLeakedMarkup(ReadOnlySpan<char> text)
    {
        var open = text.IndexOf('<');
        while (open >= 0 && open + 2 < text.Length)
        {
            var next = text[open + 1];
            if ((next == '/' && char.IsAsciiLetter(text[open + 2])) || (char.IsAsciiLetterLower(next) && text[open..].IndexOf('>') > 0
                && text[(open + 1)..].StartsWith(MarkupTags)))
            {
                return true;
            }

            var after = text[(open + 1)..].IndexOf('<');
            open = after < 0 ? -1 : open + 1 + after;
        }

        return false;
    }

    private static bool StartsWith(this ReadOnlySpan<char> text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] MarkupTags = ["div", "img ", "p>", "a ", "span", "script", "iframe", "br", "i>", "em>", "strong>"];

    private static bool IsRule(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not ('_' or '-' or '*' or '=' or '~' or '—' or '–' or '━' or '─' or '·' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsChrome(int score) => score < ListItemScore;

    /// <summary>True for a numbered line ("2. Check the peep hole"): the article's own list or subheading.</summary>
    public static bool ListItem(ReadOnlySpan<char> text) => text.Length > 2 && char.IsDigit(text[0]) && (text[1] is '.' or ')' || (char.IsDigit(text[1]) && text.Length > 3 && text[2] is '.' or ')'));

    public static int Score(DumpLine line)
    {
        switch (line.Role)
        {
            case LineRole.RelatedHeading:
                return RelatedHeadingCost;
            case LineRole.Teaser:
                return TeaserCost;
            // Noise set before the body is located is content known not to be the article's (a slideshow of other
            // stories): it neither extends the article nor ends it.
            case LineRole.Photo or LineRole.Promo or LineRole.DuplicateCaption or LineRole.ReadingTime or LineRole.Noise:
                return 0;
        }

        return line.ShapeScore ??= ShapeScore(line);
    }

    private static int ShapeScore(DumpLine line)
    {
        var words = line.Words;

        // "___" or "* * *" between paragraphs: the article's own section break.
        if (words == 0 && IsRule(line.Span))
        {
            return 0;
        }

        if ((line.MayHoldBoilerplate && PageFurniture.IsBoilerplateProse(line.Span))
            || ((line.Marks & LineMarks.LessThan) != 0 && IsLeakedMarkup(line.Span)))
        {
            return -10;
        }

        // A photo caption with its credit is neither article text nor page noise.
        if (line.Last == ')' && Captions.HasTrailingCredit(line.Text))
        {
            return 0;
        }

        // "2/50 Star Wars boosts economy": the title of a slide in a slideshow of other stories.
        if (GalleryCounters.StartsWithCounter(line.Span))
        {
            return -8;
        }

        if (line.Bulleted)
        {
            return line.EndsLikeSentence && words >= 12 ? words - 8 : -4 - Math.Min(words, 6);
        }

        if (line.EndsLikeSentence && words >= 6 && !IsCutTitle(line) && !IsDateLine(line))
        {
            return Math.Min(words, MaxLineScore) - 4;
        }

        if (words >= 20)
        {
            return (Math.Min(words, MaxLineScore) / 2) - 4;
        }

        // Numbered list items inside an article cost little; menus are runs of such lines and still add up.
        return ListItem(line.Span) ? ListItemScore : -3 - Math.Min(words, 3);
    }
}
