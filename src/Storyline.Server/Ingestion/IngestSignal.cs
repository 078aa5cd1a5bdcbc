namespace Storyline.Server.Ingestion;

/// <summary>
/// Wakes the analysis when articles were stored. Signals coalesce: however many batches arrive while the analysis is busy,
/// it wakes once and takes everything pending from the store (the store, not the signal, is the queue).
/// </summary>
public sealed class IngestSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try { _signal.Release(); }
        catch (SemaphoreFullException) { /* already signalled */ }
    }

    /// <summary>Waits for a signal or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
