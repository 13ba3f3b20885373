using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsReader.Web.Tests;

internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await Parser.ParseDocumentAsync(html, TestContext.Current.CancellationToken);
    }

    public static string Text(this IHtmlDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"No element matches {selector}");
}
