using System.Text;
using NewsReader.Cli.Parse;

Console.OutputEncoding = Encoding.UTF8;

// One case per verb; each verb's code lives in its own folder.
return args switch
{
    ["parse", .. var rest] => ParseCommand.Run(rest, Console.Out, Console.Error),
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

        exit codes: 0 success, 2 a file could not be parsed, 64 bad command line
        """);
    return exitCode;
}
