using NewsReader.Data.Media;

namespace NewsReader.Cli.Ingest;

/// <summary>The article files that the paths given to <c>ingest</c> stand for.</summary>
internal static class IngestInputs
{
    /// <summary>
    /// Files as given, and folders walked recursively in name order so runs are repeatable. Hidden files and
    /// folders are skipped, and so are asset folders: their files are an article's images (or a saved page's
    /// scripts and frames), not articles. Returns full paths, each once, and the paths that are not there.
    /// </summary>
    public static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                Add(input);
            }
            else if (Directory.Exists(input))
            {
                var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
                var found = Directory.EnumerateFiles(root, "*", options).Where(f => !IsHidden(root, f)).Order(StringComparer.Ordinal).ToList();
                var assetFolders = found
                    .Select(MediaCopier.FindAssetFolder)
                    .OfType<string>()
                    .Select(Path.TrimEndingDirectorySeparator)
                    .ToHashSet(StringComparer.Ordinal);
                foreach (var file in found.Where(f => !InAssetFolder(root, f, assetFolders)))
                {
                    Add(file);
                }
            }
            else
            {
                missing.Add(input);
            }
        }

        return (files, missing);

        void Add(string path)
        {
            var full = Path.GetFullPath(path);
            if (seen.Add(full))
            {
                files.Add(full);
            }
        }
    }

    // Inside a "Save page as, complete" folder (NAME_files), with or without its page, or inside the NAME/
    // folder of a file beside it; the folder handed over itself is not one, whatever its name. Walks up from
    // the file to the root, a set lookup a level, so a large tree costs its depth per file, not its folder count.
    private static bool InAssetFolder(string root, string file, HashSet<string> assetFolders)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (folder.EndsWith("_files", StringComparison.OrdinalIgnoreCase) || assetFolders.Contains(folder))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHidden(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
