namespace NewsReader.Web.Infrastructure;

/// <summary>What a page tells search engines and link previews about itself.</summary>
public sealed record PageHead(string Title, string Description, string OpenGraphType = "website")
{
    public const string Key = "PageHead";
}
