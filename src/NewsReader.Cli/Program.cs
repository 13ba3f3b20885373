Console.Error.WriteLine("usage: newsreader parse|ingest ...");
return 2;
