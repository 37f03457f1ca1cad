// End-to-end check of what an editor gets from csharp-ls on a project that uses the PrivacyAnalyzers packages.
// Run by .ci/check-language-server, which installs csharp-ls, writes the consumer project and passes the expectations;
// see that script for the arguments. Exit code 0 when every expectation held, 1 when one did not, 2 for bad arguments.
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using LanguageServerCheck;

Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException bad)
{
    Console.Error.WriteLine("usage error: " + bad.Message);
    return 2;
}

var servers = new List<LspConnection>();
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => KillAll());
using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => KillAll());

try
{
    await new Check(options, servers).RunAsync();
    return 0;
}
catch (CheckFailedException failure)
{
    Console.Error.WriteLine("language server check FAILED: " + failure.Message);
    Console.Error.WriteLine($"(transcripts of both sessions and the server logs were written to {options.WorkDirectory})");
    return 1;
}
catch (Exception unexpected)
{
    // A message of an unexpected shape, for example; still a failed check, with the servers stopped.
    Console.Error.WriteLine("language server check FAILED with an unexpected error: " + unexpected);
    return 1;
}
finally
{
    KillAll();
}

void KillAll()
{
    lock (servers)
    {
        foreach (var server in servers)
        {
            server.Kill();
        }
    }
}

namespace LanguageServerCheck
{
    internal sealed record Options(
        string Server,
        string ServerVersion,
        string ProjectDirectory,
        string File,
        string WorkDirectory,
        string HelpLinkBase,
        string[] ExpectedCodes,
        bool MaskFixOffered,
        string MaskFixTitle,
        string EditTitle,
        string[] ExpectedCodesAfterEdit,
        TimeSpan Timeout,
        string? PidFile)
    {
        public static Options Parse(string[] args)
        {
            if (args.Length % 2 != 0)
            {
                throw new ArgumentException("arguments come as --name value pairs");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"unexpected argument {args[i]}");
                }

                values[args[i][2..]] = args[i + 1];
            }

            string Get(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");
            string[] Codes(string name) => Get(name).Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
            var mask = Get("mask-fix");
            if (mask is not ("offered" or "absent"))
            {
                throw new ArgumentException("--mask-fix is offered or absent");
            }

            return new Options(
                Path.GetFullPath(Get("server")),
                Get("server-version"),
                Path.GetFullPath(Get("project")),
                Get("file"),
                Path.GetFullPath(Get("work")),
                Get("help-base"),
                Codes("expect-codes"),
                mask == "offered",
                Get("mask-title"),
                values.GetValueOrDefault("edit-title", ""),
                Codes("expect-codes-after-edit"),
                TimeSpan.FromSeconds(int.Parse(values.GetValueOrDefault("timeout", "180"), System.Globalization.CultureInfo.InvariantCulture)),
                values.GetValueOrDefault("pid-file"));
        }
    }

    internal sealed class Check(Options options, List<LspConnection> servers)
    {
        private static readonly TimeSpan QuietAfterPush = TimeSpan.FromSeconds(3);
        private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

        private readonly string _filePath = Path.Combine(options.ProjectDirectory, options.File);
        private string Uri => new Uri(_filePath).AbsoluteUri;

        public async Task RunAsync()
        {
            var clock = Stopwatch.StartNew();
            if (!IsPackageFixTitle(options.MaskFixTitle))
            {
                throw new CheckFailedException($"'{options.MaskFixTitle}' does not look like a title of the package's fixes; update PackageFixTitles");
            }

            Directory.CreateDirectory(options.WorkDirectory);
            var text = await File.ReadAllTextAsync(_filePath);

            // What the command-line build reports for the file is the reference: same codes, ranges, messages, severities
            // and help links are expected from the server.
            var built = await BuildAsync(options.ProjectDirectory, "build");
            var expected = Pii(built);
            if (!expected.Select(f => f.Code).Order(StringComparer.Ordinal).SequenceEqual(options.ExpectedCodes))
            {
                throw new CheckFailedException(
                    $"the command-line build of {options.File} reported [{Findings(expected)}], expected [{string.Join(" ", options.ExpectedCodes)}]" +
                    " (is the PrivacyAnalyzers package referenced and restored?)");
            }

            foreach (var finding in expected)
            {
                var link = options.HelpLinkBase + finding.Code + ".md";
                if (finding.HelpLink != link)
                {
                    throw new CheckFailedException($"the build's help link for {finding.Code} is {finding.HelpLink ?? "missing"}, expected {link}");
                }
            }

            Console.WriteLine($"  build: {expected.Count} PII findings in {options.File} ({Findings(expected)}), each with its help link");

            await PushSessionAsync(text, expected);
            var (edited, titles, appliedTitle) = await PullSessionAsync(text, expected);

            // The edit, applied to a copy of the project, must compile; and the server's diagnostics for the edited
            // text (sent with didChange) must be the build's for the copy.
            var copy = Path.Combine(options.WorkDirectory, "edited");
            CopyProject(options.ProjectDirectory, copy);
            var copiedFile = Path.Combine(copy, options.File);
            await File.WriteAllTextAsync(copiedFile, edited.Text);
            var afterBuild = Pii(await BuildAsync(copy, "edited-build"), copiedFile);
            Finding.AssertSame("after the edit", afterBuild, edited.ServerFindings);
            if (!afterBuild.Select(f => f.Code).Order(StringComparer.Ordinal).SequenceEqual(options.ExpectedCodesAfterEdit))
            {
                throw new CheckFailedException(
                    $"after '{appliedTitle}' the build reports [{Findings(afterBuild)}], expected [{string.Join(" ", options.ExpectedCodesAfterEdit)}]");
            }

            Console.WriteLine($"  edited copy builds without errors; build and server agree on [{Findings(afterBuild)}]");
            Console.WriteLine(
                $"language server check passed ({clock.Elapsed.TotalSeconds:0} s): csharp-ls {options.ServerVersion} pushes and answers pulls with the build's " +
                $"PII diagnostics ({Findings(expected)}), each with its rule page as codeDescription.href, once csharp.analyzersEnabled is true (none without it); " +
                (options.MaskFixOffered
                    ? $"'{options.MaskFixTitle}' is offered at PII1001 and its edit compiles without PII1001"
                    : $"no code fix of the package is offered ({titles} other actions at PII1001); '{appliedTitle}' resolved, applied, compiled"));
        }

        /// <summary>A client without pull-diagnostics support, analyzers enabled through workspace/configuration: diagnostics are pushed.</summary>
        private async Task PushSessionAsync(string text, List<Finding> expected)
        {
            await using var server = await StartAsync("push", pullDiagnostics: false, new JsonObject { ["analyzersEnabled"] = true });
            var start = server.Notifications.Count;
            await OpenAsync(server, text);

            (JsonObject Message, int Index) published = await server.WaitForNotificationAsync(IsPublishForFile, start, options.Timeout)
                ?? throw new CheckFailedException($"push: no textDocument/publishDiagnostics for {options.File} within {options.Timeout.TotalSeconds:0} s of didOpen");
            // A later push for the same file replaces the earlier one; take the last within a quiet period.
            while (await server.WaitForNotificationAsync(IsPublishForFile, published.Index + 1, QuietAfterPush) is { } later)
            {
                published = later;
            }

            var diagnostics = published.Message["params"]!["diagnostics"]!.AsArray().Select(d => d!.AsObject()).ToList();
            AssertNoErrors("push", diagnostics);
            var pushed = Pii(diagnostics.Select(Finding.FromLsp));
            Finding.AssertSame("push", expected, pushed);
            Console.WriteLine($"  push: textDocument/publishDiagnostics after didOpen carries the same {pushed.Count} PII diagnostics, with codeDescription.href");
            await server.ShutdownAsync(TimeSpan.FromSeconds(15));
        }

        /// <summary>
        /// A client with pull-diagnostics support and no csharp settings at first: analyzers are off until
        /// workspace/didChangeConfiguration turns them on. Then the code actions at the PII1001 finding, one of them
        /// resolved and applied, and the server's diagnostics for the edited text.
        /// </summary>
        private async Task<((string Text, List<Finding> ServerFindings) Edited, int Titles, string AppliedTitle)> PullSessionAsync(string text, List<Finding> expected)
        {
            var settings = new JsonObject();
            await using var server = await StartAsync("pull", pullDiagnostics: true, settings);
            await OpenAsync(server, text);

            var byDefault = await PullAsync(server);
            if (Pii(byDefault.Select(Finding.FromLsp)) is { Count: > 0 } early)
            {
                throw new CheckFailedException($"pull: PII diagnostics without csharp.analyzersEnabled (it used to be off by default): {Findings(early)}");
            }

            Console.WriteLine("  pull: without csharp.analyzersEnabled the server reports no analyzer diagnostics");
            settings["analyzersEnabled"] = true;
            await server.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["csharp"] = settings.DeepClone() } });
            var pulledDiagnostics = await PullAsync(server);
            AssertNoErrors("pull", pulledDiagnostics);
            var pulled = Pii(pulledDiagnostics.Select(Finding.FromLsp));
            Finding.AssertSame("pull", expected, pulled);
            Console.WriteLine($"  pull: after workspace/didChangeConfiguration {{csharp: {{analyzersEnabled: true}}}}, textDocument/diagnostic returns the same {pulled.Count} PII diagnostics");

            // Code actions at each PII diagnostic, with that diagnostic in the context, as an editor asks for them.
            var actionsByDiagnostic = new List<(JsonObject Diagnostic, List<JsonObject> Actions)>();
            foreach (var diagnostic in pulledDiagnostics.Where(d => Finding.FromLsp(d).Code.StartsWith("PII", StringComparison.Ordinal)))
            {
                var result = await server.RequestAsync("textDocument/codeAction", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = Uri },
                    ["range"] = diagnostic["range"]!.DeepClone(),
                    ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()), ["triggerKind"] = 1 },
                }, options.Timeout);
                var actions = (result as JsonArray ?? new JsonArray()).Where(a => a is JsonObject { } o && o.ContainsKey("title")).Select(a => a!.AsObject()).ToList();
                actionsByDiagnostic.Add((diagnostic, actions));
                await File.AppendAllTextAsync(Path.Combine(options.WorkDirectory, "code-actions.txt"),
                    $"{Finding.FromLsp(diagnostic)}{Environment.NewLine}" + string.Concat(actions.Select(a => $"    {(string?)a["title"]}{Environment.NewLine}")));
            }

            var (logged, loggedActions) = actionsByDiagnostic.Single(x => Finding.FromLsp(x.Diagnostic).Code == "PII1001");
            var titles = loggedActions.Select(a => (string)a["title"]!).ToList();
            var packageActions = actionsByDiagnostic.SelectMany(x => x.Actions).Select(a => (string)a["title"]!).Where(IsPackageFixTitle).ToList();
            string applyTitle;
            if (options.MaskFixOffered)
            {
                if (!titles.Contains(options.MaskFixTitle))
                {
                    throw new CheckFailedException($"code actions at PII1001 do not include '{options.MaskFixTitle}'; offered: {Quote(titles)}");
                }

                applyTitle = options.MaskFixTitle;
            }
            else
            {
                if (packageActions.Count > 0)
                {
                    throw new CheckFailedException(
                        $"csharp-ls now offers the package's code fixes ({Quote(packageActions)}); " +
                        "set mask_fix=offered in .ci/check-language-server so the check applies the mask fix and builds the result");
                }

                if (titles.Count == 0)
                {
                    throw new CheckFailedException("textDocument/codeAction at PII1001 returned no actions at all (not even Roslyn's own refactorings)");
                }

                applyTitle = options.EditTitle;
                if (!titles.Contains(applyTitle))
                {
                    throw new CheckFailedException($"code actions at PII1001 do not include '{applyTitle}'; offered: {Quote(titles)}");
                }
            }

            Console.WriteLine($"  code actions at PII1001 ({titles.Count}): {Quote(titles)}");

            // Resolve (csharp-ls sends actions without edits) and apply the WorkspaceEdit to the text.
            var action = loggedActions.First(a => (string?)a["title"] == applyTitle);
            if (action["edit"] is null)
            {
                action = await server.RequestAsync("codeAction/resolve", action.DeepClone(), options.Timeout) as JsonObject
                    ?? throw new CheckFailedException($"codeAction/resolve of '{applyTitle}' returned no action");
            }

            var edit = action["edit"] as JsonObject ?? throw new CheckFailedException($"'{applyTitle}' has no edit after codeAction/resolve: {action.ToJsonString()}");
            await File.WriteAllTextAsync(Path.Combine(options.WorkDirectory, "applied-edit.json"), edit.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            var editedText = WorkspaceEdits.Apply(edit, _filePath, text);
            if (editedText == text)
            {
                throw new CheckFailedException($"the edit of '{applyTitle}' changes nothing");
            }

            if (options.MaskFixOffered && !editedText.Contains("Pii.Mask(", StringComparison.Ordinal))
            {
                throw new CheckFailedException($"the edit of '{applyTitle}' does not insert Pii.Mask(: {edit.ToJsonString()}");
            }

            Console.WriteLine($"  '{applyTitle}': codeAction/resolve gave a WorkspaceEdit ({WorkspaceEdits.Describe(edit)}), applied to the text");

            await server.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = 2 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = editedText }),
            });
            var afterEdit = await PullAsync(server);
            AssertNoErrors("pull after the edit", afterEdit);
            var afterEditFindings = Pii(afterEdit.Select(Finding.FromLsp));

            var pushes = server.Notifications.Count(n => (string?)n["method"] == "textDocument/publishDiagnostics");
            if (pushes > 0)
            {
                throw new CheckFailedException($"pull: the server also pushed {pushes} textDocument/publishDiagnostics to a client that pulls");
            }

            await server.ShutdownAsync(TimeSpan.FromSeconds(15));
            return ((editedText, afterEditFindings), titles.Count, applyTitle);
        }

        /// <summary>
        /// The titles the package's code fixes give their actions (src/PrivacyAnalyzers.CodeFixes): mask, ignore or mask in
        /// JSON, tag, encrypt, stop storing. None of them may appear while the fixes are expected to be absent.
        /// </summary>
        private static bool IsPackageFixTitle(string title) => PackageFixTitles.Any(pattern => pattern.IsMatch(title));

        private static readonly System.Text.RegularExpressions.Regex[] PackageFixTitles =
        [
            new(@"^Mask with Pii\.Mask\("),
            new(@"^Ignore .+ when serializing \("),
            new(@" masked in JSON \(\[JsonPiiMask\]\)$"),
            new(@"^Tag '.+' with \[Pii\(PiiKind\."),
            new(@"^Encrypt '.+' at rest \(\[Encrypted\]\)$"),
            new(@"^Stop storing '.+' \(\[NotMapped\]\)$"),
            new(@"^Store a hash: .+\.HashPassword\("),
            new(@"^Encrypt with .+\.Protect\(\.\.\.\)$"),
        ];

        private async Task<LspConnection> StartAsync(string name, bool pullDiagnostics, JsonObject csharpSettings)
        {
            var server = LspConnection.Start(options.Server, Array.Empty<string>(), options.ProjectDirectory, Path.Combine(options.WorkDirectory, name));
            lock (servers)
            {
                servers.Add(server);
            }

            if (options.PidFile is not null)
            {
                await File.AppendAllTextAsync(options.PidFile, server.ProcessId + Environment.NewLine);
            }

            server.AnswerServerRequest = (method, parameters) => method switch
            {
                "workspace/configuration" => new JsonArray(parameters!["items"]!.AsArray()
                    .Select(item => (string?)item!["section"] == "csharp" ? csharpSettings.DeepClone() : null).ToArray()),
                _ => null, // client/registerCapability, window/workDoneProgress/create, workspace/diagnostic/refresh: accepted.
            };

            var textDocument = new JsonObject
            {
                ["synchronization"] = new JsonObject { ["dynamicRegistration"] = false, ["didSave"] = true },
                ["publishDiagnostics"] = new JsonObject { ["codeDescriptionSupport"] = true, ["relatedInformation"] = true },
                ["codeAction"] = new JsonObject
                {
                    ["dynamicRegistration"] = false,
                    ["codeActionLiteralSupport"] = new JsonObject
                    {
                        ["codeActionKind"] = new JsonObject { ["valueSet"] = new JsonArray("", "quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite", "source") },
                    },
                    ["dataSupport"] = true,
                    ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("edit") },
                },
            };
            if (pullDiagnostics)
            {
                textDocument["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false, ["relatedDocumentSupport"] = false };
            }

            var root = new Uri(options.ProjectDirectory + Path.DirectorySeparatorChar).AbsoluteUri;
            var initialized = await server.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["clientInfo"] = new JsonObject { ["name"] = "PrivacyAnalyzers language server check" },
                ["rootUri"] = root,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "consumer" }),
                ["capabilities"] = new JsonObject
                {
                    ["workspace"] = new JsonObject
                    {
                        ["configuration"] = true,
                        ["didChangeConfiguration"] = new JsonObject { ["dynamicRegistration"] = false },
                        ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true },
                    },
                    ["textDocument"] = textDocument,
                    ["window"] = new JsonObject { ["workDoneProgress"] = true },
                },
            }, options.Timeout);

            var serverInfo = initialized?["serverInfo"];
            var version = (string?)serverInfo?["version"] ?? "";
            if ((string?)serverInfo?["name"] != "csharp-ls" || !version.StartsWith(options.ServerVersion, StringComparison.Ordinal))
            {
                throw new CheckFailedException($"{name}: expected csharp-ls {options.ServerVersion}, the server says {serverInfo?.ToJsonString() ?? "nothing"}");
            }

            if (initialized?["capabilities"]?["codeActionProvider"] is null)
            {
                throw new CheckFailedException($"{name}: the server announces no codeActionProvider");
            }

            await server.NotifyAsync("initialized", new JsonObject());
            return server;
        }

        private Task OpenAsync(LspConnection server, string text) =>
            server.NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
            });

        private async Task<List<JsonObject>> PullAsync(LspConnection server)
        {
            var report = await server.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } }, options.Timeout);
            if ((string?)report?["kind"] != "full")
            {
                throw new CheckFailedException($"textDocument/diagnostic did not return a full report: {report?.ToJsonString() ?? "null"}");
            }

            return report!["items"]!.AsArray().Select(d => d!.AsObject()).ToList();
        }

        private bool IsPublishForFile(JsonObject notification) =>
            (string?)notification["method"] == "textDocument/publishDiagnostics" && Finding.SamePath((string)notification["params"]!["uri"]!, _filePath);

        /// <summary>Compiler errors would mean the server did not load the project as the build does (references, packages).</summary>
        private static void AssertNoErrors(string what, IEnumerable<JsonObject> diagnostics)
        {
            var errors = diagnostics.Select(Finding.FromLsp).Where(f => f.Severity == "error").ToList();
            if (errors.Count > 0)
            {
                throw new CheckFailedException($"{what}: the server reports errors for the file: {string.Join("; ", errors)}");
            }
        }

        private List<Finding> Pii(IEnumerable<Finding> findings) => findings.Where(f => f.Code.StartsWith("PII", StringComparison.Ordinal)).ToList();

        private List<Finding> Pii(string sarif, string? file = null) => Pii(Finding.FromSarif(sarif, file ?? _filePath));

        private static string Findings(IEnumerable<Finding> findings) => Finding.Codes(findings);

        private static string Quote(IEnumerable<string> titles) => string.Join(", ", titles.Select(t => $"'{t}'"));

        /// <summary>Builds the project with a SARIF error log; returns the log's path. A failed build fails the check.</summary>
        private async Task<string> BuildAsync(string projectDirectory, string name)
        {
            var sarif = Path.Combine(options.WorkDirectory, name + ".sarif");
            var log = Path.Combine(options.WorkDirectory, name + ".log");
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = projectDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "build", "-nologo", "-clp:NoSummary", "--no-incremental", $"-p:ErrorLog={sarif}%2Cversion=2.1" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new CheckFailedException("could not start dotnet build");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using (var timeout = new CancellationTokenSource(BuildTimeout))
            {
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw new CheckFailedException($"dotnet build of {projectDirectory} did not finish within {BuildTimeout.TotalMinutes:0} minutes");
                }
            }

            await File.WriteAllTextAsync(log, await output + await errors);
            if (process.ExitCode != 0)
            {
                throw new CheckFailedException($"dotnet build of {projectDirectory} failed:{Environment.NewLine}{await File.ReadAllTextAsync(log)}");
            }

            return sarif;
        }

        private static void CopyProject(string from, string to)
        {
            if (Directory.Exists(to))
            {
                Directory.Delete(to, recursive: true);
            }

            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                var top = relative.Split(Path.DirectorySeparatorChar)[0];
                if (top is "bin" or "obj")
                {
                    continue;
                }

                var target = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
