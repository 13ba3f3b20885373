using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// Finds the photo gallery: each photo is a caption beside a counter (<c>1/5</c>), optionally followed by a
/// slug line and the caption again. Also drops what only looks like gallery content: blocks without a
/// counter inside the gallery (an app promo) and the hidden repeated list of captions.
/// </summary>
internal static class GalleryReader
{
    private const int MinCaptionWords = 5;
    private const int MaxPromoLines = 8;

    public static List<Photo> Read(List<DumpLine> lines, List<Diagnostic> diagnostics)
    {
        var photos = new List<Photo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var captionKeys = new HashSet<string>(StringComparer.Ordinal);
        var firstPhotoAt = -1;
        var lastPhotoAt = -1;
        var lastIndex = 0;
        for (var p = 0; p < lines.Count; p++)
        {
            var counter = lines[p];
            if (!counter.IsFree || !GalleryCounters.TryMatch(counter.Span, out var index, out var count))
            {
                continue;
            }

            var start = p;
            var end = p;
            DumpLine? caption = null;

            // A caption shown twice right under its counter is that photo's, whatever line precedes the counter
            // (on a page, often the last thumbnail of a strip of other photos).
            if (p + 2 < lines.Count && lines[p + 1] is { IsFree: true, Words: >= MinCaptionWords } under
                && SameText(lines[p + 2], under) && CouldBeCaption(under)
                && !(p > 0 && SameText(lines[p - 1], under)))
            {
                caption = under;
                end = p + 2;
            }
            else if (p > 0 && lines[p - 1] is { IsFree: true, Words: >= MinCaptionWords } before && CouldBeCaption(before))
            {
                caption = before;
                start = p - 1;
            }

            string? slug = null;
            if (end == p && p + 1 < lines.Count)
            {
                var next = lines[p + 1];
                if (caption is null && next.IsFree && next.Words >= MinCaptionWords && CouldBeCaption(next))
                {
                    caption = next;
                    end = p + 1;
                }
                else if (caption is not null && SameText(next, caption))
                {
                    end = p + 1;
                }
                else if (caption is not null && next.IsFree && SlugLines.IsSlugLine(next.Text)
                    && p + 2 < lines.Count && SameText(lines[p + 2], caption))
                {
                    slug = next.Text;
                    end = p + 2;
                }
            }

            if (caption is null)
            {
                continue;
            }

            for (var q = start; q <= end; q++)
            {
                lines[q].Role = LineRole.Photo;
            }

            var key = HeadlineKeys.Fold(caption.Text);
            if (!seen.Add(key))
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, caption.Number, "repeated photo: the same caption appeared earlier in the gallery"));
                continue;
            }

            if (lastIndex > 0 && index != lastIndex + 1)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, counter.Number, $"gallery counter skips from {lastIndex}/{count} to {index}/{count}"));
            }

            lastIndex = index;
            firstPhotoAt = firstPhotoAt < 0 ? start : firstPhotoAt;
            lastPhotoAt = end;
            captionKeys.Add(key);
            var split = PhotoCredits.Split(caption.Text);
            captionKeys.Add(HeadlineKeys.Fold(split.Caption));
            photos.Add(new Photo(photos.Count + 1, count, slug, split.Caption, split.Credit, split.Photographer, split.Agency,
                CaptionDates.Find(split.Caption)));
        }

        if (photos.Count > 1)
        {
            DropPromos(lines, firstPhotoAt, lastPhotoAt, diagnostics);
        }

        if (photos.Count > 0)
        {
            DropDuplicateCaptions(lines, captionKeys, diagnostics);
        }

        return photos;
    }

    private static bool CouldBeCaption(DumpLine line) => !Bylines.IsByline(line.Text) && !PageFurniture.IsFurniture(line.Text);

    private static bool SameText(DumpLine line, DumpLine caption) =>
        line.IsFree && line.Text.Length == caption.Text.Length && string.Equals(line.Text, caption.Text, StringComparison.Ordinal);

    // A short run of lines between two photos that has no counter of its own is something else placed in
    // the gallery's flow (the seed's "Yahoo News is better in the app" promo), not a photo.
    private static void DropPromos(List<DumpLine> lines, int from, int to, List<Diagnostic> diagnostics)
    {
        var p = from;
        while (p <= to)
        {
            if (!lines[p].IsFree)
            {
                p++;
                continue;
            }

            var runEnd = p;
            while (runEnd + 1 <= to && lines[runEnd + 1].IsFree)
            {
                runEnd++;
            }

            if (runEnd - p + 1 <= MaxPromoLines)
            {
                for (var q = p; q <= runEnd; q++)
                {
                    lines[q].Role = LineRole.Promo;
                }

                diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, lines[p].Number,
                    $"promo block inside the photo gallery, with no photo counter ({runEnd - p + 1} lines): \"{Shorten(lines[p].Text)}\""));
            }

            p = runEnd + 1;
        }
    }

    private static void DropDuplicateCaptions(List<DumpLine> lines, HashSet<string> captionKeys, List<Diagnostic> diagnostics)
    {
        // Every line of the page is looked up, and few are captions: a line is folded only when its length and the
        // ends of its key could match a caption's (the folded key is never longer than the line), and then into a
        // reused buffer rather than a new string.
        var keys = captionKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        var ends = new HashSet<long>();
        var shortest = int.MaxValue;
        foreach (var key in captionKeys)
        {
            if (key.Length > 0)
            {
                ends.Add(FoldedEnds.OfKey(key));
                shortest = Math.Min(shortest, key.Length);
            }
        }

        var buffer = new char[256];
        var runStart = -1;
        var runLength = 0;
        for (var p = 0; p <= lines.Count; p++)
        {
            var duplicate = false;
            if (p < lines.Count && lines[p] is { IsFree: true, Words: >= MinCaptionWords } line
                && line.Length >= shortest && ends.Contains(line.KeyEnds))
            {
                if (buffer.Length < line.Length)
                {
                    buffer = new char[line.Length];
                }

                duplicate = keys.Contains(buffer.AsSpan(0, HeadlineKeys.Fold(line.Span, buffer)));
            }

            if (duplicate)
            {
                lines[p].Role = LineRole.DuplicateCaption;
                runStart = runStart < 0 ? p : runStart;
                runLength++;
                continue;
            }

            if (runStart >= 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, lines[runStart].Number,
                    runLength == 1 ? "duplicate photo caption" : $"duplicate caption list ({runLength} captions repeated)"));
                runStart = -1;
                runLength = 0;
            }
        }
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
