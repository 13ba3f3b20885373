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
/// again from where its element starts in the markup.
/// </summary>
internal sealed class PageDocument : IDisposable
{
    private readonly string _html;
    private readonly Dictionary<IElement, int> _scriptStarts = new(ReferenceEqualityComparer.Instance);

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
            ShouldEmitAttribute = static (ref _, name) => IsReadAttribute(name.Span),
            OnCreated = (element, position) =>
            {
                if (element is IHtmlScriptElement)
                {
                    _scriptStarts[element] = position.Index;
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
        if (!_scriptStarts.TryGetValue(script, out var start))
        {
            return script.TextContent;
        }

        // Over the page's own string: TextSource(string) copies it.
        using var source = new TextSource(new StringTextSource(_html)) { Index = start };
        var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        if (tokenizer.Get() is not { Type: HtmlTokenType.StartTag, Name: "script" })
        {
            return string.Empty;
        }

        // The tree builder switches the tokenizer to script data after a script start tag; so does this.
        tokenizer.State = HtmlParseMode.Script;
        var token = tokenizer.Get();
        if (token.Type != HtmlTokenType.Character)
        {
            return string.Empty;
        }

        var first = token.Data;
        token = tokenizer.Get();
        if (token.Type != HtmlTokenType.Character)
        {
            return first;
        }

        var text = new StringBuilder(first);
        for (; token.Type == HtmlTokenType.Character; token = tokenizer.Get())
        {
            text.Append(token.Data);
        }

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
