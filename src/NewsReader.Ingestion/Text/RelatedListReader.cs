using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>Reads related-story lists: a recognised heading followed by teasers (title, then an optional summary).</summary>
internal static class RelatedListReader
{
    private const int MaxTitleWords = 40;

    // A paragraph this long right after a list says the article goes on: the list was a box set inside it.
    private const int MinResumingWords = 15;
    private const int MaxSubheadingWords = 12;

    public static List<RelatedList> Read(List<DumpLine> lines, List<Diagnostic> diagnostics)
    {
        var lists = new List<RelatedList>();
        var p = 0;
        while (p < lines.Count)
        {
            var heading = lines[p];
            if (!heading.IsFree || heading.Bulleted || !RelatedHeadings.TryMatch(heading.Span, out var name)
                || (RelatedHeadings.IsLiveFeed(name) && !AreFeedEntries(lines, p + 1)))
            {
                p++;
                continue;
            }

            var teasers = new List<(Teaser Teaser, int Line)>();
            var bulleted = p + 1 < lines.Count && lines[p + 1].Bulleted;
            var next = bulleted ? ReadBulleted(lines, p + 1, teasers)
                : IsKickedAndCredited(lines, p + 1) ? ReadKicked(lines, p + 1, teasers) : ReadPlain(lines, p + 1, teasers);
            if (teasers.Count == 0)
            {
                // The list's items did not read as teasers (image text, numbers), but the heading still says
                // that what follows is other stories.
                heading.Role = LineRole.RelatedHeading;
                p++;
                continue;
            }

            // A box of other stories set between the article's paragraphs ("Související", "Sur le même sujet") neither
            // ends the article nor stands between it and its headline: only a list the article does not resume after
            // walls the body off.
            var inside = ResumesArticle(lines, next);
            if (inside && !bulleted && teasers[^1].Teaser.Summary is not null)
            {
                // Where the article resumes, the prose read as the last title's summary is more likely its own
                // paragraph than a teaser's (the box's last line was the teaser's image text).
                next--;
                teasers[^1] = (teasers[^1].Teaser with { Summary = null }, teasers[^1].Line);
            }

            heading.Role = inside ? LineRole.Noise : LineRole.RelatedHeading;
            for (var q = p + 1; q < next; q++)
            {
                lines[q].Role = inside ? LineRole.Noise : LineRole.Teaser;
            }

            var stories = Stories(teasers);
            if (RelatedLists.TryAdd(lists, name, stories.ConvertAll(story => story.Teaser)))
            {
                WarnOnCutSummaries(name, stories, diagnostics);
            }

            p = next;
        }

        return lists;
    }

    // The teasers a reader can follow: titles and summaries cleaned of what the page left in them, entries that are no
    // story (a button, an advertiser's credit) left out, and a story the list shows again (its image's link and its
    // title's, a list repeated for another screen size) given once, with the summary a copy has.
    private static List<(Teaser Teaser, int Line)> Stories(List<(Teaser Teaser, int Line)> teasers)
    {
        var stories = new List<(Teaser Teaser, int Line)>(teasers.Count);
        var keys = new List<long>(teasers.Count);
        foreach (var (listed, line) in teasers)
        {
            if (TeaserText.Clean(listed.Title, listed.Summary) is not { } teaser)
            {
                continue;
            }

            // The same title, whatever its quotes, case or spacing ("'for Allah'" and "‘for Allah’"); a list holds tens of
            // stories at most, so a look back through their keys does.
            var key = HeadlineKeys.Hash(teaser.Title);
            var first = keys.IndexOf(key);
            if (first < 0)
            {
                stories.Add((teaser, line));
                keys.Add(key);
            }
            else if (stories[first].Teaser.Summary is null && teaser.Summary is not null)
            {
                stories[first] = (teaser, line);
            }
        }

        return stories;
    }

    // "14:44 Accusations de viols : …", "10h30 …": a live feed's entry opens with the time it was posted. A feed is
    // told by two such entries in a row: one may be a live article's headline under its badge.
    private static bool AreFeedEntries(List<DumpLine> lines, int p) => OpensWithClockTime(lines, p) && OpensWithClockTime(lines, p + 1);

    private static bool OpensWithClockTime(List<DumpLine> lines, int p)
    {
        if (p >= lines.Count)
        {
            return false;
        }

        var text = lines[p].Span;
        var separator = text.Length > 1 && char.IsAsciiDigit(text[1]) ? 2 : 1;
        return text.Length > separator + 2 && char.IsAsciiDigit(text[0]) && text[separator] is ':' or 'h'
            && char.IsAsciiDigit(text[separator + 1]) && char.IsAsciiDigit(text[separator + 2])
            && (text.Length == separator + 3 || text[separator + 3] == ' ');
    }

    // The article resumes with a paragraph, or with a subheading ("5. Beware the wall-mounted hairdryer") and then one.
    private static bool ResumesArticle(List<DumpLine> lines, int p) =>
        IsParagraph(lines, p)
        || (p < lines.Count && lines[p] is { IsFree: true, Bulleted: false, Words: <= MaxSubheadingWords } && IsParagraph(lines, p + 1));

    private static bool IsParagraph(List<DumpLine> lines, int p) =>
        p < lines.Count && lines[p] is { IsFree: true, Bulleted: false, EndsLikeSentence: true, Words: >= MinResumingWords };

    // "Web Football.London to vidí podobně. "Opět byl silný…"": sentences, ended, are a paragraph; a title may hold
    // two sentences ("Řepka a spol. zůstali sami. Jejich soupeř odešel") but leaves the last one open.
    private static bool IsSentences(DumpLine line) => line.EndsLikeSentence && line.Span.Contains(". ", StringComparison.Ordinal);

    // Text-browser layout: "• title" then the summary indented under it; an empty bullet puts the title on the next line.
    private static int ReadBulleted(List<DumpLine> lines, int p, List<(Teaser Teaser, int Line)> teasers)
    {
        while (p < lines.Count && lines[p] is { IsFree: true, Bulleted: true } bullet)
        {
            // "• Reportage", with the title and the writer's credit indented under it: one teaser, titled by its title.
            if (IsKickedAndCredited(lines, p))
            {
                teasers.Add((new Teaser(lines[p + 1].Text, null), lines[p + 1].Number));
                p += 3;
                continue;
            }

            p++;
            // A bullet holding only its rank or the images a text browser could not show ("• 1", "• [144x144]") has its
            // title under it, past any more images.
            var title = TeaserText.IsRank(bullet.Span) || MediaChrome.IsImageOnly(bullet.Span) ? string.Empty : bullet.Text;
            var summary = new List<string>();
            var summaryLine = bullet.Number;
            while (p < lines.Count && lines[p] is { IsFree: true, Bulleted: false } under && under.Indent > bullet.Indent)
            {
                if (title.Length == 0)
                {
                    title = MediaChrome.IsImageOnly(under.Span) ? string.Empty : under.Text;
                }
                else
                {
                    summaryLine = summary.Count == 0 ? under.Number : summaryLine;
                    summary.Add(under.Text);
                }

                p++;
            }

            if (title.Length > 0 && WordCount.Of(title) <= MaxTitleWords)
            {
                teasers.Add((new Teaser(title, summary.Count == 0 ? null : string.Join(' ', summary)), summaryLine));
            }
        }

        return p;
    }

    // innerText layout has no bullets: a title line (no closing full stop) and, when the next line reads as
    // prose, its summary.
    private static int ReadPlain(List<DumpLine> lines, int p, List<(Teaser Teaser, int Line)> teasers)
    {
        while (p < lines.Count && lines[p] is { IsFree: true } title && IsTitle(title))
        {
            p++;
            string? summary = null;
            var summaryLine = title.Number;
            if (p < lines.Count && lines[p] is { IsFree: true } next && next.Words > title.Words && next.EndsLikeSentence)
            {
                summary = next.Text;
                summaryLine = next.Number;
                p++;
            }

            teasers.Add((new Teaser(title.Text, summary), summaryLine));
        }

        return p;
    }

    // "Reportage", "A Katmandou, exode sous pression", "Par Sébastien Farcis": each teaser of an innerText list names the
    // kind of story above its title and credits its writer under it. A plain list is read so only when its first
    // teaser is: further down, a one-word line over a title and a credit is as often a section label over the
    // article's own headline and byline. (A list of such teasers right above the article still takes its label,
    // headline and byline for one more, as a list of plain titles takes a headline right under it.)
    private static int ReadKicked(List<DumpLine> lines, int p, List<(Teaser Teaser, int Line)> teasers)
    {
        while (IsKickedAndCredited(lines, p) && !lines[p].Bulleted)
        {
            teasers.Add((new Teaser(lines[p + 1].Text, null), lines[p + 1].Number));
            p += 3;
        }

        return p;
    }

    private static bool IsKickedAndCredited(List<DumpLine> lines, int p) =>
        p + 2 < lines.Count && lines[p] is { IsFree: true, Words: 1, EndsLikeSentence: false } kicker
        && !RelatedHeadings.TryMatch(kicker.Span, out _)
        && lines[p + 1] is { IsFree: true, Bulleted: false } title && IsTitle(title)
        && lines[p + 2] is { IsFree: true, Bulleted: false } credit && Bylines.IsShortCredit(credit.Span)
        && (!kicker.Bulleted || IsUnderBullet(kicker, title, credit, p + 3 < lines.Count ? lines[p + 3] : null));

    // Under a bullet the title and the credit are indented, and nothing else is: a summary makes it an ordinary teaser.
    private static bool IsUnderBullet(DumpLine bullet, DumpLine title, DumpLine credit, DumpLine? after) =>
        title.Indent > bullet.Indent && credit.Indent > bullet.Indent
        && (after is not { IsFree: true, Bulleted: false } || after.Indent <= bullet.Indent);

    // A teaser's title: not a sentence, a numbered item, a heading or a writer's credit ("Par Kari Hansen").
    private static bool IsTitle(DumpLine title) =>
        title.Words is >= 3 and <= MaxTitleWords && title.Last != '.' && !IsSentences(title)
        && !BodyLocator.ListItem(title.Span) && !RelatedHeadings.TryMatch(title.Span, out _)
        && !Bylines.IsShortCredit(title.Span);

    private static void WarnOnCutSummaries(string heading, List<(Teaser Teaser, int Line)> teasers, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < teasers.Count; i++)
        {
            if (teasers[i].Teaser.Summary is { Length: > 0 } summary && summary.AsSpan().Count(' ') >= 7
                && summary[^1] is not ('.' or '!' or '?' or '"' or '”' or '’' or ')' or '…'))
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, teasers[i].Line,
                    $"summary of story {i + 1} under \"{heading}\" is cut off mid-sentence"));
            }
        }
    }
}
