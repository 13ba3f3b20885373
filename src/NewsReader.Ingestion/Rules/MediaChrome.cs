using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>
/// What a page's video player and images leave in its text when dumped: the player's controls and settings dialog
/// ("Current Time 0:00", "captions settings, opens captions settings dialog", "This is a modal window."), and an
/// image's file name shown for its picture ("hotel-door-getty.jpg").
/// </summary>
internal static partial class MediaChrome
{
    private const int MaxControlLength = 120;

    /// <summary>True for a line that is a video player's control, label or dialog text.</summary>
    public static bool IsPlayerControl(ReadOnlySpan<char> line) => line.Length <= MaxControlLength && PlayerControl().IsMatch(line);

    /// <summary>True for a line that is nothing but an image's file name.</summary>
    public static bool IsImageFileName(ReadOnlySpan<char> line)
    {
        var dot = line.LastIndexOf('.');
        return dot > 0 && line.IndexOfAny(' ', '/') < 0 && ImageExtensions.Contains(line[(dot + 1)..]);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImageExtensions =
        new HashSet<string>(["jpg", "jpeg", "png", "gif", "webp", "avif"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The strings of the most common web video player (Video.js) and its captions settings dialog, as a text browser or
    // innerText shows them; each is the whole line. A setting's name alone ("Font Size") is also a heading an article
    // may have: it counts only with the player's bracketed value.
    [GeneratedRegex(
        @"^(?:(?:Current|Duration|Remaining) Time -?\d{1,2}:\d{2}(?::\d{2})?|(?:captions|subtitles|descriptions|chapters)(?: settings, opens (?:captions|subtitles) settings dialog| off, selected)|This is a modal window\.(?: This modal can be closed by pressing the Escape key or activating the close button\.)?|(?:Beginning|End) of dialog window\.(?: Escape will cancel and close the window\.)?|Text Edge Style(?: \[[^\]]{0,20}\])?|(?:Font Family|Font Size|Text Color|Background Color|Window Color) \[[^\]]{0,20}\]|(?:Proportional|Monospace) (?:Sans-Serif|Serif)|Reset restore all settings to the default values|Close Modal Dialog|Stream Type LIVE|(?:Loaded|Progress): \d{1,3}(?:\.\d+)?%)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex PlayerControl();
}
