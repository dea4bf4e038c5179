"""`workbench calibrate`: refit the conflict score from the reviewers' verdicts."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli import UserError, check_db_path, cli, core_errors, echo
from workbench.safe_text import terminal_safe


@cli.command()
@click.option(
    "--db",
    "databases",
    multiple=True,
    required=True,
    type=click.Path(path_type=Path),
    help="A database whose verdicts are labels (repeat for several).",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the refitted model (JSON).",
)
@click.option("--force", is_flag=True, help="Overwrite the output file.")
@core_errors
def calibrate(databases: tuple[Path, ...], output: Path, force: bool) -> None:
    """Refit the conflict score from the reviewers' verdicts.

    Every conflict with a verdict is a label: "not a conflict" a false alarm; a side
    picked, "both wrong" or "changed over time" a real disagreement ("can't tell yet" and
    conflicts reviewers disagree on are left out). The model is written to a file; name it
    in $WORKBENCH_CONFLICT_MODEL and run `workbench analyze` to score with it.

    \b
    Example:
        workbench calibrate --db team.db -o ~/conflict_model.json
        WORKBENCH_CONFLICT_MODEL=~/conflict_model.json workbench analyze --db team.db
    """
    from workbench.calibration import refit
    from workbench.findings.score import threshold_text

    for database in databases:
        check_db_path(database)
    if output.exists() and not force:
        raise UserError(f"{output} exists (use --force to overwrite)")
    try:
        model = refit(databases)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(model.to_json(), encoding="utf-8")
    tmp.replace(output)
    fitted = model.fitted_on
    echo(
        f"fitted on {fitted['examples']} judged conflicts ({fitted['confirmed']} confirmed) "
        f"-> {terminal_safe(str(output))}"
    )
    listed = "every conflict listed" if model.threshold == 0 else "listed first at or above it"
    echo(f"threshold {threshold_text(model.threshold)} ({listed})")
    echo(f"use it: WORKBENCH_CONFLICT_MODEL={terminal_safe(str(output))} workbench analyze")
