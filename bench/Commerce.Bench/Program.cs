Console.WriteLine("Commerce benchmark: see bench/README.md");
