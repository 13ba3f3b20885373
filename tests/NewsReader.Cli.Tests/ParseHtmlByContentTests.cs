using System.Text.Json;
using NewsReader.Cli.Parse;

namespace NewsReader.Cli.Tests;

/// <summary><c>newsreader parse</c> knows a saved page by its bytes, whatever the file is called.</summary>
public sealed class ParseHtmlByContentTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Harbour reopens after storm - Example News</title>
        <link rel="canonical" href="https://news.example/harbour"></head>
        <body><article><h1>Harbour reopens after storm</h1>
        <figure><img src="harbour_files/boats.png" alt=""><figcaption>Boats return on Friday. (AP Photo/John Smith)</figcaption></figure>
        <p>PORTVILLE (AP) — The harbour reopened on Friday after a storm closed it for three days, port officials said, and the first boats were back by noon.</p>
        <p>Crews worked through the night to clear fallen trees and debris from the quays, and the harbour master said the channel was safe for traffic again.</p>
        </article></body></html>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-cli-html-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("harbour.html")]
    [InlineData("harbour.htm")]
    [InlineData("harbour.txt")]
    [InlineData("harbour")]
    public void Parse_SavedPageUnderAnyName_IsReadByTheHtmlParser(string fileName)
    {
        var path = Path.Combine(_folder, fileName);
        File.WriteAllText(path, Page);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };

        var exitCode = ParseCommand.Run([path], stdout, stderr);

        Assert.Equal(0, exitCode);
        Assert.Empty(stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        var root = json.RootElement;
        Assert.Equal("Harbour reopens after storm", root.GetProperty("headline").GetString());
        Assert.Equal("https://news.example/harbour", root.GetProperty("canonicalUrl").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal("harbour_files/boats.png", root.GetProperty("photos")[0].GetProperty("imageSource").GetString());
    }
}
