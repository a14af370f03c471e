;; `rotr` by a local: the count goes through `cl`.

(module
  (func (export "f") (param $a i64) (param $b i64) (result i64)
    (i64.rotr (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002F
;;     1e: mov     rcx,[rbp+0x10]
;;     23: mov     rax,[rbp+0x18]
;;     28: ror     rax,cl
;;     2b: leave
;;     2c: ret     0x10
;;     2f: cmp     dword ptr [r11+0x14],0
;;     38: jne     0x000000000000004E
;;     3e: cmp     rax,[r11+0x38]
;;     43: jb      0x0000000000000068
;;     49: jmp     0x000000000000001E
;;     4e: mov     r11,[r14]
;;     53: mov     qword ptr [r11+0x18],0x20
;;     5c: mov     eax,0xA
;;     62: mov     rsp,[r11+8]
;;     67: ret
;;     68: mov     r11,[r14]
;;     6d: mov     qword ptr [r11+0x18],0x20
;;     76: mov     eax,9
;;     7c: mov     rsp,[r11+8]
;;     81: ret
