/* flopscale_web.h — the C interface flopscale.wasm exports to JavaScript (and any other host).
 *
 * Numbers cross as doubles; text crosses through two fixed buffers in the module's memory:
 * the caller writes UTF-8 into fs_input() and passes its length, and every call leaves its text
 * (a formatted quantity, a report, or an error message) in fs_output() / fs_output_length().
 * Calls that compute numbers leave them in fs_values(). Nothing here allocates on the caller's
 * behalf and nothing needs freeing. Functions returning int return 0 on success; otherwise the
 * output holds one sentence saying what is wrong, written by the library or the flopscale tool.
 */
#ifndef FLOPSCALE_WEB_H
#define FLOPSCALE_WEB_H

#ifdef __cplusplus
extern "C" {
#endif

enum { FS_INPUT_CAPACITY = 1024, FS_OUTPUT_CAPACITY = 16384, FS_VALUE_CAPACITY = 96 };

/* Quantity kinds for fs_parse and fs_format. */
enum fs_kind {
    FS_PARAMETERS,
    FS_TOKENS,
    FS_FLOPS,
    FS_FLOP_RATE,
    FS_DURATION,
    FS_ENERGY,
    FS_POWER,
    FS_USD,
    FS_BYTES,
    FS_USD_PER_HOUR,
    FS_KIND_COUNT
};

/* Notations for fs_format, as flopscale::notation. */
enum fs_notation { FS_HUMAN, FS_SCIENTIFIC, FS_PLAIN, FS_EXACT };

/* The fields of a plan request, as a form or a command line gives them. */
enum fs_field {
    FS_FIELD_MODEL,     /* a preset name (fs_model lists them); or FS_FIELD_PARAMS */
    FS_FIELD_PARAMS,    /* parameters, "405B" */
    FS_FIELD_TOKENS,    /* tokens, "15.6T"; or FS_FIELD_COMPUTE */
    FS_FIELD_COMPUTE,   /* a FLOP budget, "3.8e25" */
    FS_FIELD_CHIP,      /* a catalog name or alias, "H100" */
    FS_FIELD_CHIPS,     /* how many */
    FS_FIELD_MFU,       /* 0.4 or 40% */
    FS_FIELD_PRECISION, /* bf16, fp8, ... */
    FS_FIELD_PUE,       /* facility power over IT power, >= 1 */
    FS_FIELD_PRICE,     /* US dollars per chip-hour: "2", "$2.10", "2 USD/h" */
    FS_FIELD_LAW,       /* scaling law name (fs_law lists them) */
    FS_FIELD_POWER,     /* facility power, "50 MW": buys the chips, instead of FS_FIELD_CHIPS */
    FS_FIELDS
};

char* fs_input(void);
const char* fs_output(void);
int fs_output_length(void);
double* fs_values(void);

/* The library's version, "0.1.0", in the output. */
int fs_version(void);

/* Reads the input text as a quantity of `kind` with the library's parser; the value in base
 * units lands in fs_values()[0]. */
int fs_parse(int kind, int length);
/* Writes `value` (base units) of `kind` in `notation` with `precision` significant digits. */
int fs_format(int kind, double value, int notation, int precision);

/* The accelerator catalog: fs_chip writes "name\tvendor\tyear" for entry `index`;
 * fs_chip_find returns the entry the input names (aliases and any case) or -1 with a message that
 * names the closest entries. */
int fs_chip_count(void);
int fs_chip(int index);
int fs_chip_find(int length);

/* Model presets ("name\tdescription") and scaling laws ("name\tcitation"). */
int fs_model_count(void);
int fs_model(int index);
int fs_law_count(void);
int fs_law(int index);

/* The compute-optimal split of `flops` under law `law`: fs_values() holds parameters, tokens and
 * the predicted loss (nats/token). */
int fs_optimal(int law, double flops);

/* A training plan, as `flopscale plan` computes and prints it, its section on failures,
 * checkpoints and restarts (flopscale::plan_goodput with its defaults) included. fs_plan_reset
 * clears every field; fs_plan_set reads the input text as field `field` and checks it alone (empty
 * text, or text it refuses, leaves the field not given: its default, or absent); fs_plan_run checks
 * the fields together and plans. It returns 0, or 1 + the field that the message in the output
 * belongs to (1 + FS_FIELDS: the plan as a whole). On success the output holds the report, one line
 * per row: kind ('h' heading, 'n' number, 's' text, 'b' yes/no), key, label and shown text,
 * separated by tabs; fs_values()[i] is row i's value in base units (NaN where none). Rows without a
 * label carry a value the table shows elsewhere. */
void fs_plan_reset(void);
int fs_plan_set(int field, int length);
int fs_plan_run(void);

#ifdef __cplusplus
}
#endif

#endif
