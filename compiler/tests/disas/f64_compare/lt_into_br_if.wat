;; A float comparison feeding `br_if`.
;; Finding: the float comparison is not fused into the branch: it is materialised with
;; `seta`/`movzx` and tested again.

(module
  (func (export "f") (param $a f64) (param $b f64) (result i32)
    (block $b (br_if $b (f64.lt (local.get $a) (local.get $b))) (return (i32.const 1)))
    (i32.const 2)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000057
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: ucomisd xmm0,xmm1
;;     31: seta    al
;;     35: movzx   eax,al
;;     39: test    eax,eax
;;     3c: jne     0x000000000000004D
;;     42: mov     eax,1
;;     48: jmp     0x0000000000000053
;;     4d: mov     eax,2
;;     53: leave
;;     54: ret     0x10
;;     57: cmp     dword ptr [r11+0x14],0
;;     60: jne     0x0000000000000076
;;     66: cmp     rax,[r11+0x38]
;;     6b: jb      0x0000000000000090
;;     71: jmp     0x000000000000001E
;;     76: mov     r11,[r14]
;;     7b: mov     qword ptr [r11+0x18],0x20
;;     84: mov     eax,0xA
;;     8a: mov     rsp,[r11+8]
;;     8f: ret
;;     90: mov     r11,[r14]
;;     95: mov     qword ptr [r11+0x18],0x20
;;     9e: mov     eax,9
;;     a4: mov     rsp,[r11+8]
;;     a9: ret
