;; `shr_u` by a constant: an immediate count.

(module
  (func (export "f") (param $a i64) (result i64)
    (i64.shr_u (local.get $a) (i64.const 7))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002B
;;     1e: mov     rax,[rbp+0x10]
;;     23: shr     rax,7
;;     27: leave
;;     28: ret     8
;;     2b: cmp     dword ptr [r11+0x14],0
;;     34: jne     0x000000000000004A
;;     3a: cmp     rax,[r11+0x38]
;;     3f: jb      0x0000000000000064
;;     45: jmp     0x000000000000001E
;;     4a: mov     r11,[r14]
;;     4f: mov     qword ptr [r11+0x18],0x1F
;;     58: mov     eax,0xA
;;     5e: mov     rsp,[r11+8]
;;     63: ret
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x1F
;;     72: mov     eax,9
;;     78: mov     rsp,[r11+8]
;;     7d: ret
