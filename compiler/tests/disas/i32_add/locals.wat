;; Two locals in their frame slots: the right one is read in place.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.add (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002A
;;     1e: mov     eax,[rbp+0x18]
;;     23: add     eax,[rbp+0x10]
;;     28: leave
;;     29: ret
;;     2a: cmp     dword ptr [r11+0x14],0
;;     33: jne     0x0000000000000049
;;     39: cmp     rax,[r11+0x38]
;;     3e: jb      0x0000000000000063
;;     44: jmp     0x000000000000001E
;;     49: mov     r11,[r14]
;;     4e: mov     qword ptr [r11+0x18],0x20
;;     57: mov     eax,0xA
;;     5d: mov     rsp,[r11+8]
;;     62: ret
;;     63: mov     r11,[r14]
;;     68: mov     qword ptr [r11+0x18],0x20
;;     71: mov     eax,9
;;     77: mov     rsp,[r11+8]
;;     7c: ret
