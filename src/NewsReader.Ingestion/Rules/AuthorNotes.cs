using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>
/// Recognises the notes many sites set after an article: a line about its writer (<c>Mark di Stefano is a breaking
/// news reporter for BuzzFeed News</c>), how to reach them (<c>Contact Mark Di Stefano at …</c>) and a pointer to
/// more of the site's stories (<c>Check out more articles on BuzzFeed.com!</c>). They read like sentences but are
/// not the article's text.
/// </summary>
internal static partial class AuthorNotes
{
    private const int MaxLength = 300;

    /// <summary>The jobs a writer's note or a byline gives its writer, as a pattern alternation (the set is read from it).</summary>
    public const string JobAlternation = "reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|author|critic|analyst";

    /// <summary>The jobs, one word each.</summary>
    public static readonly IReadOnlySet<string> JobWords = new HashSet<string>(JobAlternation.Split('|'), StringComparer.OrdinalIgnoreCase);

    /// <summary>A line about the article's writer, or how to reach them.</summary>
    public static bool IsWriterNote(string line) =>
        line.Length is > 0 and <= MaxLength && char.IsUpper(line[0]) && WriterNote().IsMatch(line);

    /// <summary>A site's pointer to more of its stories.</summary>
    public static bool IsMoreStories(string line) =>
        line.Length is > 0 and <= MaxLength && char.IsUpper(line[0]) && MoreStories().IsMatch(line);

    // A full name (two to four words, particles such as "di" allowed) that "is a … reporter/editor/…", or a way to
    // reach a named person ("Contact X at", "Follow X on", "Email X at").
    [GeneratedRegex(
        @"^(?:\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|" + NameParticles.Alternation + @")){1,3} (?:is|was) (?:a|an|the)(?: [\p{L}-]+){0,6}? (?:" + JobAlternation + @")s?\b|(?:Contact|Email|E-mail|Follow|Reach) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} (?:at|on|via)\b)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex WriterNote();

    [GeneratedRegex(
        @"^(?:Check out|Read|See|Find|Discover) more (?:articles|stories|news|posts) (?:on|at|from)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex MoreStories();
}
