;; `nop` and `drop` of a constant and a local emit nothing.

(module
  (func (export "f") (param $a i32)
    (nop) (drop (i32.const 1)) (drop (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000022
;;     1e: leave
;;     1f: ret     8
;;     22: cmp     dword ptr [r11+0x14],0
;;     2b: jne     0x0000000000000041
;;     31: cmp     rax,[r11+0x38]
;;     36: jb      0x000000000000005B
;;     3c: jmp     0x000000000000001E
;;     41: mov     r11,[r14]
;;     46: mov     qword ptr [r11+0x18],0x1E
;;     4f: mov     eax,0xA
;;     55: mov     rsp,[r11+8]
;;     5a: ret
;;     5b: mov     r11,[r14]
;;     60: mov     qword ptr [r11+0x18],0x1E
;;     69: mov     eax,9
;;     6f: mov     rsp,[r11+8]
;;     74: ret
