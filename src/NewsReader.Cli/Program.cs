using NewsReader.Cli.Ingest;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

switch (args.FirstOrDefault())
{
    case "ingest":
        return await IngestCommand.RunAsync(args[1..], Console.Out, Console.Error, !Console.IsOutputRedirected, cancel.Token);
    default:
        Console.Error.WriteLine("usage: newsreader parse|ingest ...");
        return 2;
}
