using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>Recognises gallery counters: <c>1/5</c>, <c>1 / 5</c>, <c>Image 1 of 8</c>.</summary>
internal static partial class GalleryCounters
{
    public static bool TryMatch(ReadOnlySpan<char> line, out int index, out int count)
    {
        index = 0;
        count = 0;
        if (line.Length is 0 or > 24 || !(char.IsDigit(line[0]) || line[0] is 'I' or 'i' or 'P' or 'p' or 'S' or 's') || !char.IsDigit(line[^1]))
        {
            return false;
        }

        // Years, times and prices pass the test above; a counter needs "/" or "of". Text with other than ASCII
        // goes to the pattern, whose case folding this test does not repeat.
        if (line.IndexOfAny('/', 'o', 'O') < 0 && System.Text.Ascii.IsValid(line))
        {
            return false;
        }

        var match = Counter().Match(line.ToString());
        return match.Success
            && int.TryParse(match.Groups["index"].ValueSpan, out index)
            && int.TryParse(match.Groups["count"].ValueSpan, out count)
            && index >= 1 && index <= count && count <= 500;
    }

    /// <summary>True for a line that opens with a counter and goes on (<c>2/50 Star Wars boosts economy</c>).</summary>
    public static bool StartsWithCounter(ReadOnlySpan<char> line) =>
        line.Length > 4 && char.IsDigit(line[0]) && line.Slice(1, 4).Contains('/') && LeadingCounter().IsMatch(line);

    [GeneratedRegex(@"^\d{1,3}\s?/\s?\d{1,3}\s+\p{L}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex LeadingCounter();

    [GeneratedRegex(@"^(?:(?:Image|Photo|Picture|Slide)\s+)?(?<index>\d{1,3})\s*(?:/|of)\s*(?<count>\d{1,3})$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Counter();
}
