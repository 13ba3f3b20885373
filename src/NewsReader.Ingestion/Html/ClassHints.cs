using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Html;

/// <summary>
/// The class, id and style hints the extractor weighs every element by. Each hint is a list of plain words looked
/// for ignoring case; on ASCII text (nearly every class name) ignoring case means ASCII case folding, so a
/// vectorised search for the words answers. Text with other characters goes to a pattern built from the same
/// list, whose case folding also matches look-alikes such as the Kelvin sign.
/// </summary>
internal static partial class ClassHints
{
    private static readonly HintWords Unlikely = HintWords.Anywhere(
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
        "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
        "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote");

    private static readonly HintWords Maybe = HintWords.Anywhere("and", "article", "body", "column", "content", "main", "mathjax", "shadow");

    // As in Readability's negative hints, "hid" counts only as a whole space-separated class name, never inside a longer one.
    private static readonly HintWords Negative = HintWords.Anywhere(
        ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain",
            "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"],
        spaceSeparated: ["hid"]);

    private static readonly HintWords Positive = HintWords.Anywhere(
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog", "story");

    private static readonly HintWords Byline = HintWords.Anywhere("byline", "author", "dateline", "writtenby", "p-author");

    private static readonly string[] ShareWords = ["share", "sharedaddy"];

    // A reader poll or survey ("Was this article relevant?" with answer buttons) asks about the story; it is not part of it.
    private static readonly string[] PollWords = ["poll", "polls", "survey", "vote", "voting", "quiz"];

    // Share bars and polls are removed alike, so one search over both lists answers for an element.
    private static readonly HintWords ShareOrPoll = HintWords.WholeWords([.. ShareWords, .. PollWords]);

    private static readonly SearchValues<string> HiddenStyleWords = SearchValues.Create(["none", "hidden"], StringComparison.OrdinalIgnoreCase);

    public static bool IsUnlikely(string match) => Unlikely.IsMatch(match);

    public static bool IsMaybeCandidate(string match) => Maybe.IsMatch(match);

    public static bool IsNegative(string hint) => Negative.IsMatch(hint);

    public static bool IsPositive(string hint) => Positive.IsMatch(hint);

    public static bool IsByline(string match) => Byline.IsMatch(match);

    /// <summary>True for a class or id naming a share bar, or a reader poll, survey or quiz widget.</summary>
    public static bool IsShareOrPoll(string match) => ShareOrPoll.IsMatch(match);

    // \s is more than ASCII spaces: the pattern decides, and only styles without "none" or "hidden" skip it.
    public static bool IsHiddenStyle(string style) =>
        (!Ascii.IsValid(style) || style.AsSpan().ContainsAny(HiddenStyleWords)) && HiddenStyle().IsMatch(style);

    /// <summary>True when <paramref name="text"/> has a full stop followed by a space or the end (<c>\.( |$)</c>).</summary>
    public static bool HasSentenceEnd(string text) => text.Contains('.', StringComparison.Ordinal) && SentenceEnd().IsMatch(text);

    internal static Regex UnlikelyCandidates() => Unlikely.Pattern;

    internal static Regex MaybeCandidate() => Maybe.Pattern;

    internal static Regex NegativeHints() => Negative.Pattern;

    internal static Regex PositiveHints() => Positive.Pattern;

    internal static Regex BylineHints() => Byline.Pattern;

    internal static Regex ShareOrPollElements() => ShareOrPoll.Pattern;

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex HiddenStyle();

    [GeneratedRegex(@"\.( |$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex SentenceEnd();

    /// <summary>
    /// One hint's words, and the pattern built from them. The pattern is built at run time rather than generated
    /// at compile time, so that the word list is written once; it only runs on the rare non-ASCII class name,
    /// and an alternation of plain words matches in linear time.
    /// </summary>
    private sealed class HintWords
    {
        private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

        private readonly SearchValues<string> _words;
        private readonly bool _wholeWords;
        private readonly string[] _spaceSeparated;

        private HintWords(string[] words, bool wholeWords, string[] spaceSeparated)
        {
            _words = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
            _wholeWords = wholeWords;
            _spaceSeparated = spaceSeparated;
            var alternation = string.Join('|', words.Select(Regex.Escape));
            var pattern = wholeWords ? $@"(\b|_)({alternation})(\b|_)" : alternation;
            if (spaceSeparated.Length > 0)
            {
                // Spelled out for "hid" this is ^hid$| hid$| hid |^hid , which IsSpaceSeparated answers on ASCII text.
                pattern += $"|(?:^| )(?:{string.Join('|', spaceSeparated.Select(Regex.Escape))})(?: |$)";
            }

            Pattern = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }

        public Regex Pattern { get; }

        /// <summary>Any of the words anywhere, even inside a longer word.</summary>
        public static HintWords Anywhere(params string[] words) => new(words, wholeWords: false, spaceSeparated: []);

        /// <summary>
        /// Any of the <paramref name="words"/> anywhere, and any of the <paramref name="spaceSeparated"/> words standing
        /// between spaces or the ends of the text.
        /// </summary>
        public static HintWords Anywhere(string[] words, string[] spaceSeparated) => new(words, wholeWords: false, spaceSeparated);

        /// <summary>
        /// Any of the words standing alone between word boundaries or underscores (<c>share</c> in <c>post_share</c> or
        /// <c>share-bar</c>, not in <c>shared</c>). Where a word boundary falls depends on the Unicode word characters
        /// around it, so the pattern decides, and only text without any of the words skips it.
        /// </summary>
        public static HintWords WholeWords(params string[] words) => new(words, wholeWords: true, spaceSeparated: []);

        public bool ContainsAnyWord(string text) => text.AsSpan().ContainsAny(_words);

        public bool IsMatch(string text) => _wholeWords
            ? (!Ascii.IsValid(text) || ContainsAnyWord(text)) && Pattern.IsMatch(text)
            : Ascii.IsValid(text) ? ContainsAnyWord(text) || ContainsSpaceSeparated(text) : Pattern.IsMatch(text);

        private bool ContainsSpaceSeparated(ReadOnlySpan<char> text)
        {
            foreach (var word in _spaceSeparated)
            {
                if (IsSpaceSeparated(text, word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>(?:^| )word(?: |$)</c> ignoring ASCII case, for ASCII text, where <c>$</c> also matches before a final newline.
        /// </summary>
        private static bool IsSpaceSeparated(ReadOnlySpan<char> text, string word)
        {
            var end = text.Length > 0 && text[^1] == '\n' ? text.Length - 1 : text.Length;
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                var after = at + word.Length;
                if ((at == 0 || text[at - 1] == ' ') && (after == text.Length || after == end || text[after] == ' '))
                {
                    return true;
                }

                var next = text[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + 1 + next;
            }

            return false;
        }
    }
}
