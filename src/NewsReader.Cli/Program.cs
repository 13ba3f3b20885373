using System.Text;
using NewsReader.Cli;
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
    ["--help" or "-h" or "help", ..] => PrintUsage(Console.Out, exitCode: ExitCodes.Ok),
    _ => PrintUsage(Console.Error, exitCode: ExitCodes.Usage),
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

        exit codes, every verb: 0 every input handled, 2 some input failed (each named on stderr),
          64 the command line could not be understood, 1 the store cannot be used,
          70 a file tripped a bug in NewsReader (please report it), 130 cancelled
        """);
    return exitCode;
}
