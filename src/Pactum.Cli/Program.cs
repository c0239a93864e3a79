using Pactum.Cli;

return PactumCli.Run(args, Console.Out, Console.Error);
