using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>Recognises gallery counters: <c>1/5</c>, <c>1 / 5</c>, <c>Image 1 of 8</c>.</summary>
internal static partial class GalleryCounters
{
    public static bool TryMatch(string line, out int index, out int count)
    {
        index = 0;
        count = 0;
        if (line.Length > 24)
        {
            return false;
        }

        var match = Counter().Match(line);
        return match.Success
            && int.TryParse(match.Groups["index"].ValueSpan, out index)
            && int.TryParse(match.Groups["count"].ValueSpan, out count)
            && index >= 1 && index <= count && count <= 500;
    }

    [GeneratedRegex(@"^(?:(?:Image|Photo|Picture|Slide)\s+)?(?<index>\d{1,3})\s*(?:/|of)\s*(?<count>\d{1,3})$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Counter();
}
