using System.Buffers;
using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// Finds photo captions set among the body's paragraphs: lines carrying a credit or a caption label, lines ending
/// in the date the photo was taken, and the image text a page shows beside its caption. A reader wants the
/// article's prose; a caption without its photo reads as a stray sentence.
/// </summary>
internal static class Captions
{
    private const int OpeningWords = 5;
    private const int MinRepeatedWords = 4;
    private const int MaxCreditLength = 200;
    private const int Hashed = -1;

    /// <summary>Marks the captions between lines <paramref name="start"/> and <paramref name="end"/> (indices into <paramref name="lines"/>).</summary>
    public static void Drop(List<DumpLine> lines, int start, int end, List<Diagnostic> diagnostics)
    {
        var isCaption = new bool[end - start + 1];
        var repeats = CountRepeats(lines, start, end, out var keys);
        for (var p = start; p <= end; p++)
        {
            if (lines[p].IsFree)
            {
                isCaption[p - start] = IsCaption(lines[p]);
            }
        }

        for (var p = start; p <= end; p++)
        {
            var line = lines[p];
            if (!line.IsFree || isCaption[p - start])
            {
                continue;
            }

            // Article paragraphs are not repeated; an image's text and its caption, a video's title, are. But a
            // sentence shown twice in a row is one text given twice (a lead paragraph over its image's text, a
            // caption over the same words as the image's): the first copy is the page's own.
            isCaption[p - start] = IsDoubled(line.Text)
                || (!IsFirstOfAdjacentPair(line, p - start, end - start, keys, repeats)
                    && (repeats[p - start] > 1
                        || (p > start && OpensAlike(lines[p - 1], line, isCaption[p - start - 1]))
                        || (p < end && OpensAlike(lines[p + 1], line, isCaption[p - start + 1]))));
        }

        MarkImageTextAboveCaptions(lines, start, end, isCaption);

        for (var p = start; p <= end; p++)
        {
            if (isCaption[p - start] && lines[p].IsFree)
            {
                var line = lines[p];
                line.Role = LineRole.Noise;
                diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, line.Number, $"photo caption among the paragraphs: \"{GalleryReader.Shorten(line.Text)}\""));
            }
        }
    }

    private const int MinPairedSentenceWords = 8;

    // How often each free line of at least a few words shows in the region (zero for the others), by its folded key.
    // Only lines whose folded ends repeat can repeat, so only those are hashed: most of a body is long paragraphs.
    private static int[] CountRepeats(List<DumpLine> lines, int start, int end, out long[] keys)
    {
        var ends = new long[end - start + 1];
        using var endCounts = new KeyCounts(ends.Length);
        for (var p = start; p <= end; p++)
        {
            if (lines[p] is { IsFree: true, Words: >= MinRepeatedWords } line)
            {
                ends[p - start] = line.KeyEnds;
                endCounts.Add(ends[p - start]);
            }
        }

        keys = new long[end - start + 1];
        var repeats = new int[end - start + 1];
        using var counts = new KeyCounts(ends.Length);
        for (var p = start; p <= end; p++)
        {
            if (lines[p] is not { IsFree: true, Words: >= MinRepeatedWords } line)
            {
                continue;
            }

            repeats[p - start] = 1;
            if (endCounts[ends[p - start]] > 1)
            {
                keys[p - start] = line.FoldedKey;
                counts.Add(keys[p - start]);
                repeats[p - start] = Hashed;
            }
        }

        for (var i = 0; i < repeats.Length; i++)
        {
            repeats[i] = repeats[i] == Hashed ? counts[keys[i]] : repeats[i];
        }

        return repeats;
    }

    private static bool IsFirstOfAdjacentPair(DumpLine line, int i, int last, long[] keys, int[] repeats) =>
        i < last && !line.Bulleted && line.Words >= MinPairedSentenceWords && line.EndsLikeSentence && repeats[i] == 2
        && repeats[i + 1] == 2 && keys[i + 1] == keys[i];

    /// <summary>
    /// True when the text ends with a photo credit (<c>(AP Photo/Sergei Grits)</c>, <c>Credit: STR/AFP</c>). A credit
    /// is short and last, so only the text's tail is searched: the credit patterns tried at every position of a long
    /// paragraph cost more than the rest of the parse.
    /// </summary>
    public static bool HasTrailingCredit(string text)
    {
        if (!MayEndWithCredit(text))
        {
            return false;
        }

        var tailStart = TailStart(text);
        return PhotoCredits.EndsWithCredit(tailStart == 0 ? text : text[tailStart..]);
    }

    // A credit is bracketed, labelled ("Credit:") or an agency's ("REUTERS/Name"): most lines have none of the marks.
    private static bool MayEndWithCredit(string text) =>
        text.Length > 0 && (text[^1] == ')' || text.AsSpan(TailStart(text)).IndexOfAny(':', '/') >= 0);

    // Where the text's last characters begin, at a word start: enough to hold any credit the patterns accept
    // (a bracketed credit of up to 160 characters, a labelled one of about 110).
    private static int TailStart(string text)
    {
        if (text.Length <= MaxCreditLength)
        {
            return 0;
        }

        var space = text.IndexOf(' ', text.Length - MaxCreditLength);
        return space < 0 ? text.Length - MaxCreditLength : space + 1;
    }

    /// <summary>True for a caption whose credit names the photographer and then the agency (<c>Benoit Tessier/Reuters</c>).</summary>
    public static bool EndsWithAgencyCredit(string text)
    {
        var slash = text.LastIndexOf('/');
        if (slash < 2 || slash + 2 >= text.Length || text[slash - 1] == ' ' || !char.IsUpper(text[slash + 1]))
        {
            return false;
        }

        var agency = text.AsSpan(slash + 1).Trim();
        var before = text.AsSpan(0, slash).TrimEnd();
        var nameStart = before.LastIndexOf(' ');
        return WordCount.Of(agency) <= 3 && nameStart > 0 && char.IsUpper(before[nameStart + 1])
            && PhotoCredits.AgencyOf(agency) is not null;
    }

    private static bool IsCaption(DumpLine line)
    {
        var text = line.Text;
        if (text[0] is 'M' or 'I' or 'P' or 'C' && text.StartsWith(CaptionLabels, out _))
        {
            return true;
        }

        if (MayEndWithCredit(text) && text.AsSpan().ContainsAny(CreditHints) && HasTrailingCredit(text))
        {
            return true;
        }

        return EndsWithAgencyCredit(text) || EndsWithPhotoDate(line);
    }

    // "Customer looks at Obama shirts at a stall in Nairobi's Kibera slums, 23 July 2015": a caption is dated where a
    // paragraph ends its sentence.
    private static bool EndsWithPhotoDate(DumpLine line)
    {
        var text = line.Text;
        return !line.EndsLikeSentence && text.Length > 8 && char.IsAsciiDigit(text[^1]) && char.IsAsciiDigit(text[^4])
            && text[^4] is '1' or '2' && PageFurniture.HasTimestamp(text.AsSpan()[^Math.Min(text.Length, 24)..]);
    }

    // "The Vision Pro displaying a window.The Vision Pro displaying a window.": image text run into its caption.
    private static bool IsDoubled(string text)
    {
        if (text.Length < 20)
        {
            return false;
        }

        var half = text.Length / 2;
        for (var split = half - 1; split <= half + 1; split++)
        {
            var first = text.AsSpan(0, split).Trim();
            var second = text.AsSpan(split).Trim();
            if (first.Length > 0 && first.SequenceEqual(second))
            {
                return true;
            }
        }

        return false;
    }

    // A text browser shows an image's text as a plain line and its caption as a lone bullet under it ("A bin of small
    // whale bones." over "• Clockwise from top: small whale bones; …"): lines above such a bullet that it mostly
    // repeats are the images' text, not paragraphs, however they are worded apart.
    private static void MarkImageTextAboveCaptions(List<DumpLine> lines, int start, int end, bool[] isCaption)
    {
        for (var b = start + 1; b <= end; b++)
        {
            var bullet = lines[b];
            if (!bullet.Bulleted || bullet.Words < MinRepeatedWords || lines[b - 1].Bulleted
                || (b + 1 < lines.Count && lines[b + 1].Bulleted))
            {
                continue;
            }

            HashSet<string>? captionWords = null;
            for (var q = b - 1; q >= start; q--)
            {
                var line = lines[q];
                if (!line.IsFree || line.Bulleted || line.Words < MinRepeatedWords)
                {
                    break;
                }

                captionWords ??= WordsOf(bullet.Text);
                if (!MostlyRepeats(line.Text, captionWords))
                {
                    break;
                }

                isCaption[q - start] = true;
            }
        }
    }

    private const double MinRepeatedShare = 0.6;

    private static bool MostlyRepeats(string text, HashSet<string> words)
    {
        var all = WordsOf(text);
        var repeated = 0;
        foreach (var word in all)
        {
            repeated += words.Contains(word) ? 1 : 0;
        }

        return all.Count > 0 && repeated >= MinRepeatedShare * all.Count;
    }

    private static HashSet<string> WordsOf(string text) => new(WordCount.Words(text), StringComparer.OrdinalIgnoreCase);

    // An image's text and its caption open alike ("Buck Cullen with his daughter Kaiarahi …" twice, worded apart);
    // beside a line already known for a caption, four shared words are enough.
    private static bool OpensAlike(DumpLine neighbour, DumpLine line, bool neighbourIsCaption)
    {
        var words = neighbourIsCaption ? OpeningWords - 1 : OpeningWords;
        return neighbour.Words >= words && line.Words >= words && MayOpenAlike(neighbour.First, line.First)
            && !string.Equals(neighbour.Text, line.Text, StringComparison.Ordinal)
            && Opening(neighbour.Text, words).Equals(Opening(line.Text, words), StringComparison.OrdinalIgnoreCase);
    }

    // Two ASCII first characters that differ but for case settle most pairs of lines without finding their openings.
    private static bool MayOpenAlike(char first, char other) =>
        !char.IsAscii(first) || !char.IsAscii(other) || first == other || (char.IsAsciiLetter(first) && (first | 0x20) == (other | 0x20));

    private static ReadOnlySpan<char> Opening(string text, int words)
    {
        var end = 0;
        for (var seen = 0; seen < words && end >= 0; seen++)
        {
            end = text.IndexOf(' ', end + 1);
        }

        return end < 0 ? text : text.AsSpan(0, end);
    }

    // Each opens with M, I, P or C, which most lines do not: the labels are compared only after that check.
    internal static readonly string[] CaptionLabels =
    [
        "Media caption ", "Image caption ", "Image copyright ", "Image: ", "Images: ", "Photo: ", "Photograph: ",
        "Caption: ", "Image credit: ", "Photo credit: ", "Credit: ", "Main image: ",
    ];

    private static readonly SearchValues<string> CreditHints = SearchValues.Create(
        ["photo", "foto", "image", "credit", "picture", "reuters/", "afp/", "ap/", "epa/", "getty", " via "],
        StringComparison.OrdinalIgnoreCase);

    private static bool StartsWith(this string text, string[] prefixes, out string? prefix)
    {
        foreach (var candidate in prefixes)
        {
            if (text.StartsWith(candidate, StringComparison.Ordinal))
            {
                prefix = candidate;
                return true;
            }
        }

        prefix = null;
        return false;
    }
}
