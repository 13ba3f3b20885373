using System.Text;
using NewsReader.Cli.Evaluate;
using NewsReader.Cli.Ingest;
using NewsReader.Cli.Parse;

Console.OutputEncoding = Encoding.UTF8;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

// One case per verb; each verb's code lives in its own folder.
return args switch
{
    ["parse", .. var rest] => ParseCommand.Run(rest, Console.Out, Console.Error),
    ["ingest", .. var rest] => await IngestCommand.RunAsync(
        rest, Console.Out, Console.Error, !Console.IsOutputRedirected, cancel.Token),
    ["evaluate", .. var rest] => EvaluateCommand.Run(rest, Console.Out, Console.Error),
    ["--help" or "-h" or "help", ..] => PrintUsage(Console.Out, exitCode: 0),
    _ => PrintUsage(Console.Error, exitCode: ParseCommand.UsageExitCode),
};

static int PrintUsage(TextWriter writer, int exitCode)
{
    writer.WriteLine("""
        usage: newsreader <verb> [options]

        verbs:
          parse FILE                 print the article parsed from FILE as indented JSON
          parse --jsonl FILE...      print one compact JSON object per file, one per line
          ingest [--db PATH] [--media PATH] PATH...
                                     ingest files and folders (recursively) into the store,
                                     with each article's images from its NAME_files/ or NAME/ folder
          evaluate CORPUS [--expected FILE]
                                     score the HTML parser on a corpus of saved pages, one line a page

        exit codes: parse: 0 success, 2 a file could not be parsed, 64 bad command line;
                    ingest: 0 every file ingested, 1 a file failed, 2 bad command line
        """);
    return exitCode;
}
