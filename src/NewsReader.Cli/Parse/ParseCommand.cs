using System.Text.Json;
using NewsReader.Ingestion;

namespace NewsReader.Cli.Parse;

/// <summary>
/// <c>newsreader parse FILE</c> prints the article as indented JSON; <c>newsreader parse --jsonl FILE...</c>
/// prints one compact object per file. Failures go to stderr as <c>FILE: reason</c>; exit codes are <see cref="ExitCodes"/>.
/// </summary>
public static class ParseCommand
{
    /// <summary>Runs the verb with its arguments (after <c>parse</c>), writing to the given streams.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var jsonl = false;
        var files = new List<string>();
        foreach (var arg in args)
        {
            if (arg == "--jsonl")
            {
                jsonl = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                stderr.WriteLine($"newsreader parse: unknown option {arg}");
                return ExitCodes.Usage;
            }
            else
            {
                files.Add(arg);
            }
        }

        if (files.Count == 0 || (!jsonl && files.Count > 1))
        {
            stderr.WriteLine(files.Count == 0
                ? "newsreader parse: give a FILE to parse"
                : "newsreader parse: give one FILE, or use --jsonl for several");
            return ExitCodes.Usage;
        }

        var failed = false;
        foreach (var file in files)
        {
            var result = ParseFile(file);
            if (result is ParseFailure failure)
            {
                failed = true;
                var where = failure.Line is { } line ? $" (line {line})" : string.Empty;
                stderr.WriteLine($"{file}: {failure.Reason}{where}");
            }

            if (jsonl)
            {
                stdout.WriteLine(ArticleJson.JsonLine(file, result));
            }
            else if (result is ParseSuccess success)
            {
                stdout.WriteLine(JsonSerializer.Serialize(ArticleJson.From(success.Article), ArticleJson.Indented.ArticleDocument));
            }
        }

        return failed ? ExitCodes.InputsFailed : ExitCodes.Ok;
    }

    private static ParseResult ParseFile(string file)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return ParseFailure.Because(Directory.Exists(file) ? "is a directory, not a file" : "file not found");
            }

            // Refuse a huge file before reading it into memory.
            if (info.Length > ArticleParser.MaxInputBytes)
            {
                return ParseFailure.Because(
                    $"the file is {info.Length / (1024.0 * 1024.0):0.0} MB; the limit is {ArticleParser.MaxInputBytes / (1024 * 1024)} MB");
            }

            return ArticleParser.Parse(File.ReadAllBytes(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ParseFailure.Because("cannot read the file: " + ex.Message);
        }
    }
}
