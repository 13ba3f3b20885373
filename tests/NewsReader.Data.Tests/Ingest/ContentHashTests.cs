using System.Collections;
using System.Reflection;
using NewsReader.Data.Ingest;
using NewsReader.Data.Media;
using NewsReader.Ingestion;

namespace NewsReader.Data.Tests.Ingest;

/// <summary>
/// <see cref="ContentHash"/> lists the article's fields by hand (it runs for every ingested file and must stay
/// stable across releases, so stored hashes keep matching). These specs find every property of
/// <see cref="ParsedArticle"/> and the records it holds by reflection, change each one alone, and require
/// the hash to change: a field added to the parser's records and not to the hash fails here by name.
/// </summary>
public sealed class ContentHashTests
{
    // Left out on purpose: a parser change that only rewrites its notes must leave the article "unchanged".
    private static readonly HashSet<string> NotHashed = new(StringComparer.Ordinal) { "Diagnostics" };

    [Fact]
    public void Of_EachPropertyOfTheArticleAndItsRecordsChangedAlone_ChangesTheHash()
    {
        var article = FullArticle();
        var baseline = ContentHash.Of(article);

        var variants = Variants(article, "").ToList();
        var uncovered = variants.Where(v => ContentHash.Of((ParsedArticle)v.Value) == baseline).Select(v => v.Path).ToList();

        Assert.True(uncovered.Count == 0, "ContentHash does not cover: " + string.Join(", ", uncovered));
        // The walk reached every level, so a pass is not an empty one.
        Assert.Contains(variants, v => v.Path == "Dateline.Places[+]");
        Assert.Contains(variants, v => v.Path == "Photos[0].ImageSource");
        Assert.Contains(variants, v => v.Path == "RelatedLists[0].Stories[0].Summary");
        Assert.Contains(variants, v => v.Path == "Language");
    }

    [Fact]
    public void Of_OnlyTheDiagnosticsChanged_KeepsTheHash()
    {
        var article = FullArticle();

        var renoted = article with { Diagnostics = [new Diagnostic(DiagnosticKind.Warning, 3, "a summary is cut off")] };

        Assert.Equal(ContentHash.Of(article), ContentHash.Of(renoted));
    }

    [Fact]
    public void Of_SameArticleBuiltTwice_GivesTheSameHash_AndImagesChangeIt()
    {
        var image = new StoredImage("0123abcd.jpg", "image/jpeg", 640, 480);

        Assert.Equal(ContentHash.Of(FullArticle()), ContentHash.Of(FullArticle()));
        Assert.Equal(ContentHash.Of(FullArticle()), ContentHash.Of(FullArticle(), [null]));
        Assert.NotEqual(ContentHash.Of(FullArticle()), ContentHash.Of(FullArticle(), [image]));
    }

    // Every field set, every list holding one item, so a change to any of them is a change of content.
    private static ParsedArticle FullArticle() =>
        new("Headline", "By Someone", new Dateline("MOSCOW (AP) —", ["MOSCOW"], "AP"), 2, false, new DateOnly(2020, 11, 21),
            ["First paragraph."],
            [new Photo(1, 5, "Armenia Azerbaijan", "A caption.", "AP Photo/Sergei Grits", "Sergei Grits", "AP", new DateOnly(2020, 11, 20)) { ImageSource = "a_files/1.jpg" }],
            [new RelatedList("Latest Stories", [new Teaser("A title", "A summary.")])],
            [])
        {
            CanonicalUrl = "https://example.com/story",
            SiteName = "Example",
            Language = "en",
        };

    // Copies of the value with one leaf changed, each named by its path (Photos[0].Caption).
    private static IEnumerable<(string Path, object Value)> Variants(object value, string path)
    {
        var type = value.GetType();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (path.Length == 0 && NotHashed.Contains(property.Name))
            {
                continue;
            }

            var name = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            foreach (var changed in Changed(property.GetValue(value), property.PropertyType, name))
            {
                var copy = type.GetMethod("<Clone>$")!.Invoke(value, null)!;
                property.SetValue(copy, changed.Value);
                yield return (changed.Path, copy);
            }
        }
    }

    private static IEnumerable<(string Path, object? Value)> Changed(object? value, Type type, string path)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string))
        {
            yield return (path, (string?)value + "!");
        }
        else if (plain == typeof(int))
        {
            yield return (path, ((int?)value ?? 0) + 1);
        }
        else if (plain == typeof(bool))
        {
            yield return (path, !(bool)value!);
        }
        else if (plain == typeof(DateOnly))
        {
            yield return (path, ((DateOnly?)value ?? new DateOnly(2000, 1, 1)).AddDays(1));
        }
        else if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var items = ((IEnumerable)value!).Cast<object>().ToList();
            Assert.True(items.Count > 0, $"{path} must hold an item in the spec's article, so its items' fields are varied too");
            var element = plain.GetGenericArguments()[0];
            yield return ($"{path}[+]", ListOf(element, [.. items, items[0]]));
            foreach (var changed in Changed(items[0], element, $"{path}[0]"))
            {
                yield return (changed.Path, ListOf(element, [changed.Value, .. items.Skip(1)]));
            }
        }
        else if (plain.GetMethod("<Clone>$") is not null)
        {
            Assert.True(value is not null, $"{path} must be set in the spec's article, so its fields are varied too");
            foreach (var changed in Variants(value, path))
            {
                yield return changed;
            }
        }
        else
        {
            Assert.Fail($"{path} is a {type.Name}, which this spec does not know how to change: teach it here, and hash the field in ContentHash");
        }
    }

    private static IList ListOf(Type element, IEnumerable<object?> items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
