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
;;     18: jb      0x0000000000000020
;;     1e: leave
;;     1f: ret
;;     20: cmp     dword ptr [r11+0x14],0
;;     29: jne     0x000000000000003F
;;     2f: cmp     rax,[r11+0x38]
;;     34: jb      0x0000000000000059
;;     3a: jmp     0x000000000000001E
;;     3f: mov     r11,[r14]
;;     44: mov     qword ptr [r11+0x18],0x1E
;;     4d: mov     eax,0xA
;;     53: mov     rsp,[r11+8]
;;     58: ret
;;     59: mov     r11,[r14]
;;     5e: mov     qword ptr [r11+0x18],0x1E
;;     67: mov     eax,9
;;     6d: mov     rsp,[r11+8]
;;     72: ret
