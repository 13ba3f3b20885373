using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>
/// Cleans a body paragraph of what a text browser writes into it beside the words: its marks around inserted text
/// (<c>[INS::INS]　所以，…</c>) and an image's file name shown for its picture and run into the text after it
/// (<c>0225-lupita-nyongo-getty-01Lupita Nyong'o's …</c>).
/// </summary>
internal static partial class ParagraphText
{
    /// <summary>The paragraph without those, or the same string when it holds none; empty when nothing else was in it.</summary>
    public static string Clean(string paragraph)
    {
        var text = paragraph;
        if (text.Contains("[INS:", StringComparison.Ordinal))
        {
            text = WithoutInsertionMarks(text).Trim();
        }

        // A file name is lower-case letters and digits; a paragraph opens with a capital, a digit or a quote.
        if (text.Length > 0 && (char.IsAsciiLetterLower(text[0]) || char.IsAsciiDigit(text[0]))
            && GluedFileName().Match(text) is { Success: true } name && IsFileName(name.ValueSpan))
        {
            text = text[name.Length..];
        }

        // The dump's lines come with their whitespace folded: only what was taken out leaves spaces to collapse.
        return ReferenceEquals(text, paragraph) ? text : Whitespace.Collapse(text);
    }

    /// <summary>The text with a text browser's marks around inserted text taken out and the inserted words kept.</summary>
    public static string WithoutInsertionMarks(string text) => InsertedText().Replace(text, "$1");

    // A text browser marks inserted text ("[INS:Can:INS] [INS:an:INS]", "[INS::INS]" for an empty insertion).
    [GeneratedRegex(@"\[INS:(.*?):INS\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex InsertedText();

    // A file name has a word in it ("lupita", "graphic") and a part prose would not write: an underscore or a number
    // of its own ("01"). "state-of-the-art2" (a footnote's number run on) and "04-05-2015" (a date) are no file names.
    private static bool IsFileName(ReadOnlySpan<char> name)
    {
        var hasWord = false;
        var hasNumber = name.Contains('_');
        foreach (var range in name.SplitAny('-', '_'))
        {
            var part = name[range];
            hasWord |= part.Length >= 2 && !part.ContainsAnyExceptInRange('a', 'z');
            hasNumber |= part.Length > 0 && !part.ContainsAnyExceptInRange('0', '9');
        }

        return hasWord && hasNumber;
    }

    // Three or more parts joined by hyphens or underscores, in lower case, run straight into a capital
    // ("…-getty-01Lupita") or ending in a letter run straight into a number ("update_graphic_red_bar12:00 PM"):
    // a sentence never runs its first word into the next. Two parts ("e-mail", "co-op") may be the article's words.
    [GeneratedRegex(@"^[a-z0-9]+(?:[-_][a-z0-9]+)+[-_](?:[a-z0-9]+(?=\p{Lu})|[a-z0-9]*[a-z](?=[0-9]))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex GluedFileName();
}
