;; Function bodies and sections are decoded with the module's features (Wasm 2.0 by
;; default): encodings that only later proposals allow must be rejected as malformed.

;; memory.grow's reserved byte must be a single zero byte without multi-memory.
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\01\04\01\60\00\00"       ;; Type section
    "\03\02\01\00"             ;; Function section
    "\05\03\01\00\00"          ;; Memory section
    "\0a\0a\01"                ;; Code section
    "\08\00"
    "\41\00"                   ;; i32.const 0
    "\40"                      ;; memory.grow
    "\80\00"                   ;; reserved byte as a long zero
    "\1a"                      ;; drop
    "\0b"                      ;; end
  )
  "zero byte expected"
)

;; Memory limits are 32-bit LEB128s without memory64.
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\05\08\01"                          ;; Memory section with 1 entry
    "\00\82\80\80\80\80\00"              ;; minimum 2 with one byte too many
  )
  "integer representation too long"
)
