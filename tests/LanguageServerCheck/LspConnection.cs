using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LanguageServerCheck;

/// <summary>A failed expectation: the check stops and prints the message.</summary>
public sealed class CheckFailedException(string message) : Exception(message);

/// <summary>
/// One language server process spoken to over stdio with JSON-RPC 2.0 and LSP's Content-Length framing. Requests the
/// server sends (workspace/configuration, client/registerCapability, window/workDoneProgress/create, ...) are answered by
/// <see cref="AnswerServerRequest"/>; notifications are kept in order so a check can wait for one and look at all of them.
/// Every message both ways goes to a transcript file, for reading when a check fails.
/// </summary>
public sealed class LspConnection : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _notifications = new();
    private readonly object _notificationsLock = new();
    private TaskCompletionSource _notificationArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StreamWriter _transcript;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _reader;
    private readonly Task _stderrCopy;
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;

    /// <summary>Answers a request from the server: (method, params) to result. Unknown requests get null.</summary>
    public Func<string, JsonNode?, JsonNode?> AnswerServerRequest { get; set; } = (_, _) => null;

    public int ProcessId => _process.Id;

    private LspConnection(Process process, StreamWriter transcript, Stream stderrFile)
    {
        _process = process;
        _toServer = process.StandardInput.BaseStream;
        _fromServer = process.StandardOutput.BaseStream;
        _transcript = transcript;
        _stderrCopy = process.StandardError.BaseStream.CopyToAsync(stderrFile).ContinueWith(_ => stderrFile.Dispose());
        _reader = Task.Run(ReadLoopAsync);
    }

    public static LspConnection Start(string serverPath, IEnumerable<string> arguments, string workingDirectory, string logPrefix)
    {
        var start = new ProcessStartInfo(serverPath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new CheckFailedException($"could not start {serverPath}");
        var transcript = new StreamWriter(logPrefix + ".transcript.log", append: false, new UTF8Encoding(false)) { AutoFlush = true };
        var stderr = File.Create(logPrefix + ".stderr.log");
        return new LspConnection(process, transcript, stderr);
    }

    /// <summary>Sends a request and waits for its response; a timeout or an error response fails the check.</summary>
    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });

        var finished = await Task.WhenAny(response.Task, _closed.Task, Task.Delay(timeout));
        _pending.TryRemove(id, out _);
        if (finished != response.Task)
        {
            throw new CheckFailedException(finished == _closed.Task
                ? $"the server closed its output before answering {method}"
                : $"no answer to {method} within {timeout.TotalSeconds:0} s");
        }

        var message = response.Task.Result;
        if (message["error"] is { } error)
        {
            throw new CheckFailedException($"{method} answered with an error: {error.ToJsonString()}");
        }

        return message["result"];
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Every notification received so far, in order.</summary>
    public IReadOnlyList<JsonObject> Notifications
    {
        get
        {
            lock (_notificationsLock)
            {
                return _notifications.ToArray();
            }
        }
    }

    /// <summary>
    /// Waits for the first notification at or after <paramref name="fromIndex"/> that matches; returns it and its index,
    /// or null when none came within the timeout (or the server closed its output).
    /// </summary>
    public async Task<(JsonObject Message, int Index)?> WaitForNotificationAsync(Func<JsonObject, bool> match, int fromIndex, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task arrived;
            lock (_notificationsLock)
            {
                for (var i = fromIndex; i < _notifications.Count; i++)
                {
                    if (match(_notifications[i]))
                    {
                        return (_notifications[i], i);
                    }
                }

                fromIndex = _notifications.Count;
                arrived = _notificationArrived.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || _closed.Task.IsCompleted)
            {
                return null;
            }

            await Task.WhenAny(arrived, _closed.Task, Task.Delay(left));
        }
    }

    /// <summary>LSP shutdown and exit, each bounded; the process (and anything it started) is killed if it is still there.</summary>
    public async Task ShutdownAsync(TimeSpan timeout)
    {
        try
        {
            if (!_process.HasExited)
            {
                await RequestAsync("shutdown", null, timeout);
                await NotifyAsync("exit", null);
                using var wait = new CancellationTokenSource(timeout);
                await _process.WaitForExitAsync(wait.Token);
            }
        }
        catch (Exception exception) when (exception is CheckFailedException or OperationCanceledException or IOException)
        {
            Log("!!", $"orderly shutdown failed ({exception.Message}); killing the server");
        }
        finally
        {
            Kill();
        }
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.WhenAny(Task.WhenAll(_reader, _stderrCopy), Task.Delay(5_000));
        _process.Dispose();
        _transcript.Dispose();
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            Log(">>", Describe(message));
            await _toServer.WriteAsync(header);
            await _toServer.WriteAsync(body);
            await _toServer.FlushAsync();
        }
        catch (IOException exception)
        {
            throw new CheckFailedException($"could not write to the server ({exception.Message}); it has exited: {_process.HasExited}");
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadMessageAsync() is { } message)
            {
                Log("<<", Describe(message));
                var hasId = message.ContainsKey("id");
                var method = (string?)message["method"];
                if (method is not null && hasId)
                {
                    var result = AnswerServerRequest(method, message["params"]);
                    await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = result });
                }
                else if (method is null && hasId)
                {
                    if (message["id"] is JsonValue idValue && idValue.TryGetValue(out int id) && _pending.TryGetValue(id, out var pending))
                    {
                        pending.TrySetResult(message);
                    }
                }
                else
                {
                    TaskCompletionSource arrived;
                    lock (_notificationsLock)
                    {
                        _notifications.Add(message);
                        arrived = _notificationArrived;
                        _notificationArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    }

                    arrived.TrySetResult();
                }
            }
        }
        catch (Exception exception) when (exception is IOException or JsonException or CheckFailedException or ObjectDisposedException)
        {
            Log("!!", "reading from the server failed: " + exception.Message);
        }
        finally
        {
            Log("!!", "the server's output closed");
            _closed.TrySetResult();
        }
    }

    private async Task<JsonObject?> ReadMessageAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length < 0)
        {
            throw new CheckFailedException("a message from the server had no Content-Length header");
        }

        var body = new byte[length];
        await _fromServer.ReadExactlyAsync(body);
        return JsonNode.Parse(body) as JsonObject ?? throw new CheckFailedException("a message from the server was not a JSON object");
    }

    private async Task<string?> ReadHeaderLineAsync()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await _fromServer.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == (byte)'\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }

    private void Log(string direction, string text)
    {
        lock (_transcript)
        {
            _transcript.WriteLine($"{_clock.Elapsed.TotalSeconds,8:0.000} {direction} {text}");
        }
    }

    private static string Describe(JsonObject message)
    {
        var text = message.ToJsonString();
        return text.Length <= 4000 ? text : text[..4000] + $"... ({text.Length} chars)";
    }
}
