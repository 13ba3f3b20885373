using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>Reads related-story lists: a recognised heading followed by teasers (title, then an optional summary).</summary>
internal static class RelatedListReader
{
    private const int MaxTitleWords = 40;

    public static List<RelatedList> Read(List<DumpLine> lines, int[] nonBlank, List<Diagnostic> diagnostics)
    {
        var lists = new List<RelatedList>();
        var p = 0;
        while (p < nonBlank.Length)
        {
            var heading = lines[nonBlank[p]];
            if (!heading.IsFree || heading.Bulleted || !RelatedHeadings.TryMatch(heading.Text, out var name))
            {
                p++;
                continue;
            }

            var teasers = new List<(Teaser Teaser, int Line)>();
            var next = p + 1 < nonBlank.Length && lines[nonBlank[p + 1]].Bulleted
                ? ReadBulleted(lines, nonBlank, p + 1, teasers)
                : ReadPlain(lines, nonBlank, p + 1, teasers);
            if (teasers.Count == 0)
            {
                // The list's items did not read as teasers (image text, numbers), but the heading still says
                // that what follows is other stories.
                heading.Role = LineRole.RelatedHeading;
                p++;
                continue;
            }

            heading.Role = LineRole.RelatedHeading;
            for (var q = p + 1; q < next; q++)
            {
                lines[nonBlank[q]].Role = LineRole.Teaser;
            }

            WarnOnCutSummaries(name, teasers, diagnostics);
            lists.Add(new RelatedList(name, teasers.ConvertAll(t => t.Teaser)));
            p = next;
        }

        return lists;
    }

    // Text-browser layout: "• title" then the summary indented under it; an empty bullet puts the title on the next line.
    private static int ReadBulleted(List<DumpLine> lines, int[] nonBlank, int p, List<(Teaser Teaser, int Line)> teasers)
    {
        while (p < nonBlank.Length && lines[nonBlank[p]] is { IsFree: true, Bulleted: true } bullet)
        {
            p++;
            var title = bullet.Text;
            var summary = new List<string>();
            var summaryLine = bullet.Number;
            while (p < nonBlank.Length && lines[nonBlank[p]] is { IsFree: true, Bulleted: false } under && under.Indent > bullet.Indent)
            {
                if (title.Length == 0)
                {
                    title = under.Text;
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
    private static int ReadPlain(List<DumpLine> lines, int[] nonBlank, int p, List<(Teaser Teaser, int Line)> teasers)
    {
        while (p < nonBlank.Length && lines[nonBlank[p]] is { IsFree: true } title
            && title.Words is >= 3 and <= MaxTitleWords && !title.Text.EndsWith('.')
            && !RelatedHeadings.TryMatch(title.Text, out _))
        {
            p++;
            string? summary = null;
            var summaryLine = title.Number;
            if (p < nonBlank.Length && lines[nonBlank[p]] is { IsFree: true } next && next.Words > title.Words && next.EndsLikeSentence)
            {
                summary = next.Text;
                summaryLine = next.Number;
                p++;
            }

            teasers.Add((new Teaser(title.Text, summary), summaryLine));
        }

        return p;
    }

    private static void WarnOnCutSummaries(string heading, List<(Teaser Teaser, int Line)> teasers, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < teasers.Count; i++)
        {
            if (teasers[i].Teaser.Summary is { Length: > 0 } summary && summary.Split(' ').Length >= 8
                && summary[^1] is not ('.' or '!' or '?' or '"' or '”' or '’' or ')' or '…'))
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, teasers[i].Line,
                    $"summary of story {i + 1} under \"{heading}\" is cut off mid-sentence"));
            }
        }
    }
}
