namespace Extraction.Pipeline;

/// <summary>An ordered list of stages whose order was checked once, when it was built.</summary>
internal sealed class StagePlan
{
    private readonly IStage[] _stages;

    private StagePlan(IStage[] stages, Layers provides)
    {
        _stages = stages;
        Provides = provides;
    }

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>The layers the plan writes.</summary>
    public Layers Provides { get; }

    /// <summary>Checks that every stage finds the layers it reads written by an earlier one.</summary>
    /// <exception cref="InvalidOperationException">A stage reads a layer no earlier stage writes.</exception>
    public static StagePlan Build(IReadOnlyList<IStage> stages)
    {
        Layers available = Layers.None;
        foreach (IStage stage in stages)
        {
            Layers missing = stage.Reads & ~available;
            if (missing != Layers.None)
            {
                throw new InvalidOperationException($"{stage.Name} reads {missing}, which no earlier stage writes.");
            }

            available |= stage.Writes;
        }

        return new StagePlan([.. stages], available);
    }

    public void Run(Annotations work, CancellationToken cancellationToken)
    {
        foreach (IStage stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Run(work, cancellationToken);
        }
    }
}
