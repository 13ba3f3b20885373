using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>Reading-time rules: the stated <c>·2 min read</c> form and the estimate.</summary>
internal static partial class ReadingTime
{
    /// <summary>Adult silent reading speed for news prose.</summary>
    public const int WordsPerMinute = 230;

    /// <summary>Time a reader spends on each photo of a gallery.</summary>
    public const int SecondsPerPhoto = 10;

    /// <summary>Reads <c>·2 min read</c>, <c>5 minute read</c> or <c>Reading time: 3 min</c>.</summary>
    public static bool TryParseStated(ReadOnlySpan<char> line, out int minutes)
    {
        minutes = 0;
        // The minutes are parsed as ASCII digits, so a line without one cannot succeed: most lines stop at that
        // check (cheaper than the case-insensitive search), before the pattern and its match timeout.
        if (line.Length > 40 || !line.ContainsAnyInRange('0', '9') || !line.Contains("min", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var match = Stated().Match(line.ToString());
        return match.Success
            && int.TryParse(match.Groups["minutes"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out minutes)
            && minutes is > 0 and < 1000;
    }

    /// <summary>Estimates whole minutes from the body's words and the number of photos; at least 1.</summary>
    public static int Estimate(int words, int photos)
    {
        var seconds = (words * 60.0 / WordsPerMinute) + (photos * SecondsPerPhoto);
        return Math.Max(1, (int)Math.Round(seconds / 60, MidpointRounding.AwayFromZero));
    }

    [GeneratedRegex(
        @"^[·•|\s]*(?:(?:Reading time|Read time)\s*:?\s*)?(?<minutes>\d{1,3})\s*(?:min|mins|minutes?)\.?(?:\s+read)?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Stated();
}
