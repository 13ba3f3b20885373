using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// Finds slideshows of other stories set into a page ("Business news in pictures"): a run of slides whose
/// counters carry a title of their own (<c>2/50 Star Wars boosts economy</c>), each followed by a short story
/// and a credit. The article's own gallery has bare counters (<c>1/5</c>); a titled slide is a headline of
/// some other story, so the whole run is dropped, and the article may go on after it.
/// </summary>
internal static class SlideshowReader
{
    // Fewer titled counters in a row could be a numbered list inside the article ("1/2 cup of flour").
    private const int MinSlides = 3;

    // The last slide has no next counter to end it: its story and credit are the lines just after it.
    private const int MaxLastSlideLines = 3;
    private const int MaxCreditWords = 6;

    public static void Read(List<DumpLine> lines, List<Diagnostic> diagnostics)
    {
        var p = 0;
        while (p < lines.Count)
        {
            if (!TryReadTitledCounter(lines[p], out var index, out var count))
            {
                p++;
                continue;
            }

            var first = p;
            var last = p;
            var slides = 1;
            var q = p + 1;
            while (q < lines.Count)
            {
                if (TryReadTitledCounter(lines[q], out var nextIndex, out var nextCount))
                {
                    if (nextCount != count || nextIndex != index + 1)
                    {
                        break;
                    }

                    index = nextIndex;
                    last = q;
                    slides++;
                }

                // A slide holds a story and a credit; a long stretch without a counter means the slideshow has ended.
                else if (q - last > MaxLastSlideLines + 2)
                {
                    break;
                }

                q++;
            }

            if (slides < MinSlides)
            {
                p = first + 1;
                continue;
            }

            var end = EndOfLastSlide(lines, last);
            for (var r = first; r <= end; r++)
            {
                if (lines[r].IsFree)
                {
                    lines[r].Role = LineRole.Noise;
                }
            }

            diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, lines[first].Number,
                $"slideshow of other stories ({slides} titled slides, lines {lines[first].Number}-{lines[end].Number})"));
            p = end + 1;
        }
    }

    // A text browser indents a slide's story under its bulleted counter; without indents (innerText) the story is
    // the next line and the credit, when there is one, a short line after it.
    private static int EndOfLastSlide(List<DumpLine> lines, int last)
    {
        var counter = lines[last];
        var end = last;
        if (counter.Bulleted)
        {
            while (end + 1 < lines.Count && end - last < MaxLastSlideLines
                && lines[end + 1] is { Bulleted: false } under && under.Indent > counter.Indent)
            {
                end++;
            }

            return end;
        }

        if (end + 1 < lines.Count && lines[end + 1].Words > MaxCreditWords)
        {
            end++;
        }

        if (end > last && end + 1 < lines.Count && lines[end + 1] is { Words: > 0 and <= MaxCreditWords } credit
            && !credit.EndsLikeSentence && !char.IsDigit(credit.First))
        {
            end++;
        }

        return end;
    }

    private static bool TryReadTitledCounter(DumpLine line, out int index, out int count)
    {
        index = 0;
        count = 0;
        var text = line.Span;
        if (!line.IsFree || !GalleryCounters.StartsWithCounter(text))
        {
            return false;
        }

        var slash = text.IndexOf('/');
        var rest = text[(slash + 1)..].TrimStart();
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return int.TryParse(text[..slash].Trim(), out index) && int.TryParse(rest[..digits], out count)
            && index >= 1 && index <= count;
    }
}
