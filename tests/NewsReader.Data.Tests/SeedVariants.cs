using System.Text;
using NewsReader.Tests.Shared;

namespace NewsReader.Data.Tests;

/// <summary>
/// Distinct stories made from the seed story by varying its headline (line 1), so a batch of thousands
/// parses like the real thing: 5 photos and 20 teasers each.
/// </summary>
internal static class SeedVariants
{
    public const int PhotosPerStory = 5;
    public const int TeasersPerStory = 20;

    public static string Headline(int index) => $"Azerbaijani leader: Cease-fire may improve Armenia relations, day {index}";

    public static IReadOnlyList<string> Write(string folder, int count, int first = 0)
    {
        Directory.CreateDirectory(folder);
        var seed = File.ReadAllText(TestCorpus.SeedStoryPath, Encoding.UTF8);
        var body = seed[seed.IndexOf('\n', StringComparison.Ordinal)..];
        var paths = new List<string>(count);
        for (var i = first; i < first + count; i++)
        {
            var path = Path.Combine(folder, $"story-{i:D5}.txt");
            File.WriteAllText(path, Headline(i) + body, Encoding.UTF8);
            paths.Add(path);
        }

        return paths;
    }
}
