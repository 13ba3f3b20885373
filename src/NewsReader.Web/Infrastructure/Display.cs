using System.Globalization;

namespace NewsReader.Web.Infrastructure;

/// <summary>How dates and counts read on the page.</summary>
public static class Display
{
    public static DateOnly Day(DateOnly? publishedOn, DateTime sortDateUtc) => publishedOn ?? DateOnly.FromDateTime(sortDateUtc);

    public static string Date(DateOnly day) => day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ReadingTime(int minutes) => minutes <= 1 ? "1 min read" : $"{minutes} min read";

    public static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    /// <summary>A description is one or two sentences: cut long text at a word boundary.</summary>
    public static string Excerpt(string? text, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        text = text.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength), "…");
    }
}
