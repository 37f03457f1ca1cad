using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The one cache shape of the engine: each key's value is computed exactly once, however many threads ask for it at the
    /// same moment. The others wait for that computation and get its result; nobody ever reads a placeholder or a half-made
    /// answer. The factory must not ask this same cache, directly or not, for a key still being computed (a walk that can
    /// come back to where it started, like helper summaries, detects that itself before asking).
    /// </summary>
    internal sealed class ComputeOnceCache<TKey, TValue>
        where TKey : notnull
    {
        private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _entries;

        // One delegate for the cache's lifetime: a lambda per lookup would allocate on every hit.
        private readonly Func<TKey, Lazy<TValue>> _createEntry;

        public ComputeOnceCache(Func<TKey, TValue> compute, IEqualityComparer<TKey>? comparer = null)
        {
            _entries = new ConcurrentDictionary<TKey, Lazy<TValue>>(comparer ?? EqualityComparer<TKey>.Default);
            _createEntry = key => new Lazy<TValue>(() => compute(key), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public TValue Get(TKey key) => _entries.GetOrAdd(key, _createEntry).Value;
    }

    /// <summary>Keys compared by reference (option objects, which Roslyn shares between the files of a folder).</summary>
    internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceComparer<T> Instance = new ReferenceComparer<T>();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
