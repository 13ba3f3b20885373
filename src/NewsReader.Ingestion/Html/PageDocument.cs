using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace NewsReader.Ingestion.Html;

/// <summary>
/// A page parsed into the DOM the finders read, without what none of them reads: the text of scripts and style sheets
/// (over half of a news page's characters) and the attributes no finder asks for. Building that DOM cost more than all
/// the finders together, most of it in garbage collection. The one script text that is read, JSON-LD, is tokenized
/// again from where its element starts in the markup. Code that reads another attribute must add it to
/// <see cref="IsReadAttribute"/>, or it reads null.
/// </summary>
internal sealed class PageDocument : IDisposable
{
    private readonly string _html;

    // In document order; a page has a few dozen scripts, and only its JSON-LD ones are looked up, so a list
    // searched from the start costs less than hashing every script element.
    private readonly List<(IElement Script, int Start)> _scriptStarts = [];

    private PageDocument(string html)
    {
        _html = html;
        var options = new HtmlParserOptions
        {
            IsScripting = false,
            IsKeepingSourceReferences = false,
            SkipScriptText = true,

            // Raw text is the content of style, xmp, iframe and noembed elements: none of it is article text.
            SkipRawText = true,

            // A frame's source would have AngleSharp set up a browsing context for it.
            ShouldEmitAttribute = static (ref token, name) => IsReadAttribute(name.Span) && !(name.Span is "src" && token.Name.Memory.Span is "iframe" or "frame"),
            OnCreated = (element, position) =>
            {
                if (element is IHtmlScriptElement)
                {
                    _scriptStarts.Add((element, position.Index));
                }
            },
        };
        Document = new HtmlParser(options).ParseDocument(html);
    }

    public IHtmlDocument Document { get; }

    public static PageDocument Parse(string html) => new(html);

    public void Dispose() => Document.Dispose();

    /// <summary>
    /// The script's text, as a parse that keeps script text would hold it. The script's content is tokenized by
    /// AngleSharp's own tokenizer from the script's start tag, so that where it ends (escapes, <c>&lt;/SCRIPT &gt;</c>,
    /// the end of the page) and what it holds (line breaks, NUL characters) follow the same rules as the page's parse.
    /// </summary>
    public string ScriptText(IElement script)
    {
        // Scripts in SVG are not tokenized as script data: their text is in the DOM.
        var index = _scriptStarts.FindIndex(entry => ReferenceEquals(entry.Script, script));
        if (index < 0)
        {
            return script.TextContent;
        }

        var start = _scriptStarts[index].Start;

        // The tokenizer allocates a buffer as long as its input, so it gets the markup up to where the script most
        // likely ends: the first "</script" and the character after it. A script that runs on past that (an escaped
        // end tag in a comment) is read again from twice as much markup, and so on: at most twice its length in all.
        var close = _html.IndexOf("</script", start, StringComparison.OrdinalIgnoreCase);
        var length = close < 0 ? _html.Length - start : Math.Min(_html.Length - start, close - start + "</script".Length + 1);
        while (true)
        {
            var text = ScriptText(start, length, out var ended);
            if (ended || start + length == _html.Length)
            {
                return text;
            }

            length = (int)Math.Min(_html.Length - start, 2L * length);
        }
    }

    /// <summary>The text of the script whose start tag begins the markup range, and whether its end tag is in the range.</summary>
    private string ScriptText(int start, int length, out bool ended)
    {
        ended = false;
        using var source = new TextSource(new ReadOnlyMemoryTextSource(_html.AsMemory(start, length)));
        var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        var tag = tokenizer.Get();
        if (tag is not { Type: HtmlTokenType.StartTag, Name: "script" })
        {
            // Only a start tag that runs past the range ("</script>" in an attribute) needs more of the markup.
            ended = tag.Type != HtmlTokenType.EndOfFile;
            return string.Empty;
        }

        // The tree builder switches the tokenizer to script data after a script start tag; so does this.
        tokenizer.State = HtmlParseMode.Script;
        var text = new StringBuilder();
        var token = tokenizer.Get();
        for (; token.Type == HtmlTokenType.Character; token = tokenizer.Get())
        {
            text.Append(token.Data);
        }

        ended = token.Type == HtmlTokenType.EndTag;
        return text.ToString();
    }

    /// <summary>
    /// The attributes the finders read, and those the tree builder looks at (<c>input type</c> in tables, <c>font</c>
    /// attributes in SVG and MathML, <c>annotation-xml encoding</c>, <c>meta charset</c>), so the tree keeps its shape.
    /// Event handlers and the rest never make it into the DOM.
    /// </summary>
    internal static bool IsReadAttribute(ReadOnlySpan<char> name) => name is
        "class" or "id" or "style" or "hidden" or "aria-hidden" or "role" or "rel" or "itemprop" or "href" or "lang" or "xml:lang"
        or "content" or "property" or "name" or "http-equiv" or "charset" or "datetime" or "type"
        or "alt" or "src" or "srcset" or "data-src" or "data-srcset" or "data-original" or "data-lazy-src" or "data-hi-res-src"
        or "color" or "face" or "size" or "encoding";
}
