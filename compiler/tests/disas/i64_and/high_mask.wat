;; A mask that only looks like the low mask keeps the real `and` (through a register).
;; Finding: the wide constant goes to `rax`, the local to `rcx`, and the result back to
;; `rax` (two extra moves); `op rax,[slot]` after the constant would do.

(module
  (func (export "f") (param $a i64) (result i64)
    (i64.and (local.get $a) (i64.const 0xFFFFFFFF00000000))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000037
;;     1e: mov     rax,0xFFFFFFFF00000000
;;     28: mov     rcx,[rbp+0x10]
;;     2d: and     rcx,rax
;;     30: mov     rax,rcx
;;     33: leave
;;     34: ret     8
;;     37: cmp     dword ptr [r11+0x14],0
;;     40: jne     0x0000000000000056
;;     46: cmp     rax,[r11+0x38]
;;     4b: jb      0x0000000000000070
;;     51: jmp     0x000000000000001E
;;     56: mov     r11,[r14]
;;     5b: mov     qword ptr [r11+0x18],0x1F
;;     64: mov     eax,0xA
;;     6a: mov     rsp,[r11+8]
;;     6f: ret
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x1F
;;     7e: mov     eax,9
;;     84: mov     rsp,[r11+8]
;;     89: ret
