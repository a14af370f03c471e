;; `ne` of a local and a constant.

(module
  (func (export "f") (param $a i32) (result i32)
    (i32.ne (local.get $a) (i32.const 100))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000036
;;     1e: mov     eax,[rbp+0x10]
;;     23: cmp     eax,0x64
;;     2a: setne   al
;;     2e: movzx   eax,al
;;     32: leave
;;     33: ret     8
;;     36: cmp     dword ptr [r11+0x14],0
;;     3f: jne     0x0000000000000055
;;     45: cmp     rax,[r11+0x38]
;;     4a: jb      0x000000000000006F
;;     50: jmp     0x000000000000001E
;;     55: mov     r11,[r14]
;;     5a: mov     qword ptr [r11+0x18],0x1F
;;     63: mov     eax,0xA
;;     69: mov     rsp,[r11+8]
;;     6e: ret
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x1F
;;     7d: mov     eax,9
;;     83: mov     rsp,[r11+8]
;;     88: ret
