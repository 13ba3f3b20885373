using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>Finds calendar dates written in captions and wire copy (<c>on Saturday, Nov. 21, 2020</c>).</summary>
internal static partial class CaptionDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first full date (month, day and year) in the text.</summary>
    public static DateOnly? Find(string text)
    {
        // The pattern needs a four-digit year.
        if (!Digits.MayContain(text))
        {
            return null;
        }

        foreach (Match match in FullDate().Matches(text))
        {
            if (TryBuild(match, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The weekday the text names first (<c>said Saturday</c>), if any.</summary>
    public static DayOfWeek? FindWeekday(string text)
    {
        var match = Weekday().Match(text);
        return match.Success && Enum.TryParse<DayOfWeek>(match.Value, ignoreCase: true, out var day) ? day : null;
    }

    private static bool TryBuild(Match match, out DateOnly date)
    {
        date = default;
        var month = Array.IndexOf(Months, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        if (month == 0
            || !int.TryParse(match.Groups["day"].ValueSpan, out var day)
            || !int.TryParse(match.Groups["year"].ValueSpan, out var year)
            || year is < 1900 or > 2100
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(
        @"(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,?\s(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s(?<year>\d{4})\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Weekday();
}
