using System.Buffers;

namespace NewsReader.Ingestion.Rules;

/// <summary>
/// What a page's video player and images leave in its text when dumped: the player's controls and settings dialog
/// ("Current Time 0:00", "captions settings, opens captions settings dialog", "This is a modal window."), and an
/// image's file name shown for its picture ("hotel-door-getty.jpg"), and a text browser's stand-in for an image it could
/// not show ("[144x144]").
/// </summary>
internal static class MediaChrome
{
    private const int MaxControlLength = 110;

    /// <summary>The text of the player's error dialog, set on every page that has the player.</summary>
    public const string PlayerDialog = "This is a modal window.";

    /// <summary>True for a line that is a video player's control, label or dialog text.</summary>
    /// <remarks>
    /// Asked of every short line of a body: the player's strings are fixed, so they are looked up rather than matched
    /// by a pattern, whose every call costs more than the lookup.
    /// </remarks>
    public static bool IsPlayerControl(ReadOnlySpan<char> line)
    {
        if (line.Length is < 10 or > MaxControlLength)
        {
            return false;
        }

        // "Text Edge Style [None ]", "Font Size [100%]": a setting and its value.
        if (line[^1] == ']' && line.LastIndexOf(" [") is var open and > 0)
        {
            return Settings.Contains(line[..open]);
        }

        return Controls.Contains(line) || IsClock(line) || IsLoadProgress(line);
    }

    /// <summary>
    /// True for what a text browser shows for images it could not show and nothing else: their names in brackets
    /// (<c>[144x144]</c>, <c>[339633] [339633]</c>).
    /// </summary>
    public static bool IsImageOnly(ReadOnlySpan<char> text)
    {
        var images = 0;
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (token.Length < 3 || token[0] != '[' || token[^1] != ']' || token[1..^1].ContainsAny('[', ']'))
            {
                return false;
            }

            images++;
        }

        return images > 0;
    }

    /// <summary>True for a line that is nothing but an image's file name.</summary>
    public static bool IsImageFileName(ReadOnlySpan<char> line)
    {
        var dot = line.LastIndexOf('.');
        return dot > 0 && line.Length - dot <= 5 && line.IndexOfAny(' ', '/') < 0 && ImageExtensions.Contains(line[(dot + 1)..]);
    }

    // "Current Time 0:00", "Remaining Time -0:00", "Duration Time 1:02:03".
    private static bool IsClock(ReadOnlySpan<char> line)
    {
        var space = line.LastIndexOf(' ');
        if (space < 0 || !ClockLabels.Contains(line[..space]))
        {
            return false;
        }

        var clock = line[(space + 1)..].TrimStart('-');
        return clock.Length >= 4 && !clock.ContainsAnyExcept(ClockCharacters) && clock[^3] == ':';
    }

    // "Loaded: 0%", "Progress: 12.5%".
    private static bool IsLoadProgress(ReadOnlySpan<char> line) =>
        line[^1] == '%' && (line.StartsWith("Loaded: ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Progress: ", StringComparison.OrdinalIgnoreCase))
        && !line[(line.IndexOf(' ') + 1)..^1].ContainsAnyExcept(PercentCharacters);

    private static readonly SearchValues<char> ClockCharacters = SearchValues.Create("0123456789:");
    private static readonly SearchValues<char> PercentCharacters = SearchValues.Create("0123456789.");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] items) =>
        new HashSet<string>(items, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The strings of the most common web video player (Video.js) and its captions settings dialog, as a text browser or
    // innerText shows them; each is the whole line.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Controls = Lookup(
        "captions settings, opens captions settings dialog", "subtitles settings, opens subtitles settings dialog",
        "captions off, selected", "subtitles off, selected", "descriptions off, selected", "chapters off, selected",
        PlayerDialog, "This is a modal window. This modal can be closed by pressing the Escape key or activating the close button.",
        "Beginning of dialog window. Escape will cancel and close the window.", "End of dialog window.",
        "Text Edge Style", "Proportional Sans-Serif", "Monospace Sans-Serif", "Proportional Serif", "Monospace Serif",
        "Reset restore all settings to the default values", "Close Modal Dialog", "Stream Type LIVE");

    // A setting's name alone ("Font Size") is also a heading an article may have: it counts only with its value.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Settings = Lookup(
        "Text Edge Style", "Font Family", "Font Size", "Text Color", "Background Color", "Window Color");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClockLabels = Lookup("Current Time", "Duration Time", "Remaining Time");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImageExtensions = Lookup("jpg", "jpeg", "png", "gif", "webp", "avif");
}
